import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMarkers, markerPriority, type MarkerBox } from './marker-layout';

function rect(box: MarkerBox, dx: number, dy: number) {
  return {
    l: box.x + dx - box.width / 2,
    r: box.x + dx + box.width / 2,
    t: box.y + dy - box.height / 2,
    b: box.y + dy + box.height / 2,
  };
}

function overlaps(a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) {
  return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
}

function assertNoOverlap(boxes: MarkerBox[]) {
  const offsets = layoutMarkers(boxes);
  const rects = boxes.map((b) => rect(b, offsets.get(b.id)!.dx, offsets.get(b.id)!.dy));
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      expect(overlaps(rects[i]!, rects[j]!), `${boxes[i]!.id} / ${boxes[j]!.id}`).toBe(false);
    }
    // No button covers another place's point.
    boxes.forEach((other, j) => {
      if (j === i) return;
      const inside =
        other.x > rects[i]!.l &&
        other.x < rects[i]!.r &&
        other.y > rects[i]!.t &&
        other.y < rects[i]!.b;
      expect(inside, `${boxes[i]!.id} covers the point of ${other.id}`).toBe(false);
    });
  }
  return offsets;
}

describe('layoutMarkers', () => {
  it('leaves a lone marker on its point', () => {
    expect(layoutMarkers([{ id: 'a', x: 100, y: 100, width: 70, height: 28 }]).get('a')).toEqual({
      dx: 0,
      dy: 0,
    });
  });

  it('separates Artern and Roßleben, 13 px apart at the initial zoom', () => {
    const offsets = assertNoOverlap([
      { id: 'artern', x: 200, y: 200, width: 72, height: 28 },
      { id: 'rossleben', x: 213, y: 207, width: 86, height: 28 },
    ]);
    const moved = [...offsets.values()].filter((o) => o.dx !== 0 || o.dy !== 0);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('separates places on the very same point (a district drawn at its seat)', () => {
    assertNoOverlap([
      { id: 'altenburg', x: 300, y: 300, width: 90, height: 28 },
      { id: 'altenburger-land', x: 300, y: 300, width: 140, height: 28 },
    ]);
  });

  it('separates a tight cluster of five', () => {
    assertNoOverlap(
      Array.from({ length: 5 }, (_, i) => ({
        id: `p${i}`,
        x: 400 + i * 4,
        y: 300 + (i % 2) * 5,
        width: 80,
        height: 28,
      })),
    );
  });
});

describe('layoutMarkers on a grid', () => {
  it('keeps buttons apart wherever the points fall, including off-screen and negative ones', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: -300, max: 1500 }),
            y: fc.integer({ min: -300, max: 900 }),
          }),
          { maxLength: 12 },
        ),
        (points) => {
          // Spread out enough that a free spot always exists near each point.
          const boxes = points.map((p, i) => ({
            id: `p${i}`,
            x: p.x * 4,
            y: p.y * 4,
            width: 60,
            height: 22,
          }));
          assertNoOverlap(boxes);
        },
      ),
    );
  });

  it('gives every one of 300 crowded markers a place, and far-apart ones stay on their points', () => {
    const boxes: MarkerBox[] = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`,
      x: 200 + ((i * 37) % 500),
      y: 100 + ((i * 53) % 300),
      width: 60,
      height: 22,
    }));
    expect(layoutMarkers(boxes).size).toBe(300);
    const apart = layoutMarkers([
      { id: 'a', x: 0, y: 0, width: 40, height: 20 },
      { id: 'b', x: 500, y: 500, width: 40, height: 20 },
    ]);
    expect(apart.get('a')).toEqual({ dx: 0, dy: 0 });
    expect(apart.get('b')).toEqual({ dx: 0, dy: 0 });
  });
});

describe('markerPriority', () => {
  it('puts places with more facts first and keeps the reading order among equals', () => {
    const places = [
      { id: 'north', factCount: 1 },
      { id: 'middle', factCount: 4 },
      { id: 'south', factCount: 1 },
      { id: 'east', factCount: 4 },
    ];
    expect(markerPriority(places).map((p) => p.id)).toEqual(['middle', 'east', 'north', 'south']);
    expect(places.map((p) => p.id)).toEqual(['north', 'middle', 'south', 'east']);
  });
});
