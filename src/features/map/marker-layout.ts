/**
 * Places marker buttons so that none covers another button or another place's point, by
 * moving a button away from its point (a leader line then joins them). Pure: screen pixels in,
 * offsets out. Artern and Roßleben are 12 km apart, which is a few pixels at the initial zoom.
 */

export interface MarkerBox {
  readonly id: string;
  /** The place's point on screen. */
  readonly x: number;
  readonly y: number;
  /** The button's size. */
  readonly width: number;
  readonly height: number;
}

export interface MarkerOffset {
  readonly dx: number;
  readonly dy: number;
}

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Room kept clear around each place's point, so the dot stays visible and clickable. */
const POINT_RADIUS = 7;
const GAP = 3;
const RINGS = [0, 1, 1.6, 2.4, 3.4, 4.6];

function rectAt(box: MarkerBox, dx: number, dy: number): Rect {
  const cx = box.x + dx;
  const cy = box.y + dy;
  return {
    left: cx - box.width / 2 - GAP,
    right: cx + box.width / 2 + GAP,
    top: cy - box.height / 2 - GAP,
    bottom: cy + box.height / 2 + GAP,
  };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Candidate offsets: on the point, then right, left, above, below and diagonals, ever further out. */
function candidates(box: MarkerBox): MarkerOffset[] {
  const out: MarkerOffset[] = [];
  const sideX = box.width / 2 + POINT_RADIUS + GAP;
  const sideY = box.height / 2 + POINT_RADIUS + GAP;
  for (const ring of RINGS) {
    if (ring === 0) {
      out.push({ dx: 0, dy: 0 });
      continue;
    }
    const x = sideX * ring;
    const y = sideY * ring;
    out.push(
      { dx: x, dy: 0 },
      { dx: -x, dy: 0 },
      { dx: 0, dy: -y },
      { dx: 0, dy: y },
      { dx: x, dy: -y },
      { dx: -x, dy: -y },
      { dx: x, dy: y },
      { dx: -x, dy: y },
    );
  }
  return out;
}

/** A uniform grid over screen space: which rectangles lie near a point, without a scan of all. */
const CELL = 64;

function createGrid() {
  const cells = new Map<number, number[]>();
  const rects: Rect[] = [];
  /** Per rectangle, the query it was last seen in (so one that spans cells counts once). */
  const seen: number[] = [];
  let query = 0;
  // Cells are keyed by two 16-bit halves: screens are far smaller than 65,536 cells across.
  const key = (cx: number, cy: number) => ((cx & 0xffff) << 16) | (cy & 0xffff);
  const span = (rect: Rect, visit: (k: number) => void) => {
    for (let cx = Math.floor(rect.left / CELL); cx <= Math.floor(rect.right / CELL); cx++) {
      for (let cy = Math.floor(rect.top / CELL); cy <= Math.floor(rect.bottom / CELL); cy++) {
        visit(key(cx, cy));
      }
    }
  };
  return {
    add(rect: Rect): number {
      const id = rects.push(rect) - 1;
      seen.push(-1);
      span(rect, (k) => {
        const list = cells.get(k);
        if (list) list.push(id);
        else cells.set(k, [id]);
      });
      return id;
    },
    /** Calls `visit` once for every rectangle that may overlap `rect`. */
    near(rect: Rect, visit: (id: number, other: Rect) => void) {
      query++;
      span(rect, (k) => {
        for (const id of cells.get(k) ?? []) {
          if (seen[id] === query) continue;
          seen[id] = query;
          visit(id, rects[id]!);
        }
      });
    },
  };
}

/**
 * Greedy placement in the given order (put the most important places first): each button
 * takes the first candidate position that overlaps no placed button and no other point; when
 * every candidate collides, the least-overlapping one. Overlaps are looked up in a grid: 300
 * markers took 50 ms when every candidate was compared with every button and point.
 */
export function layoutMarkers(boxes: readonly MarkerBox[]): Map<string, MarkerOffset> {
  const points = createGrid();
  const pointIds = boxes.map((b) =>
    points.add({
      left: b.x - POINT_RADIUS,
      right: b.x + POINT_RADIUS,
      top: b.y - POINT_RADIUS,
      bottom: b.y + POINT_RADIUS,
    }),
  );
  const placed = createGrid();
  const result = new Map<string, MarkerOffset>();
  boxes.forEach((box, i) => {
    let best: { offset: MarkerOffset; rect: Rect; cost: number } | null = null;
    for (const offset of candidates(box)) {
      const rect = rectAt(box, offset.dx, offset.dy);
      let cost = 0;
      placed.near(rect, (_, other) => (cost += overlap(rect, other)));
      // A button on its own point is fine; on anyone else's it hides that place.
      points.near(rect, (id, point) => {
        if (id !== pointIds[i]) cost += overlap(rect, point);
      });
      if (best === null || cost < best.cost) best = { offset, rect, cost };
      if (cost === 0) break;
    }
    placed.add(best!.rect);
    result.set(box.id, best!.offset);
  });
  return result;
}

/**
 * The order `layoutMarkers` places buttons in, shared by both maps: places with more facts
 * keep their spot, ties go by reading order (the given order, north to south).
 */
export function markerPriority<T extends { readonly factCount: number }>(
  places: readonly T[],
): T[] {
  const readingOrder = new Map(places.map((place, i) => [place, i]));
  return [...places].sort(
    (a, b) => b.factCount - a.factCount || readingOrder.get(a)! - readingOrder.get(b)!,
  );
}
