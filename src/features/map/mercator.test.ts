import { describe, expect, it } from 'vitest';
import { frameOf, mercator, ringsToPath, toFrame } from './mercator';

describe('mercator', () => {
  it('puts (0, 0) in the middle and the north above the south', () => {
    expect(mercator(0, 0)).toEqual({ x: 0.5, y: 0.5 });
    expect(mercator(11, 51.4).y).toBeLessThan(mercator(11, 50.9).y);
  });

  it('maps the bounds corners inside the frame, margin around them', () => {
    const frame = frameOf([10, 50, 12, 52], 0.1);
    const nw = toFrame(frame, 10, 52);
    const se = toFrame(frame, 12, 50);
    expect(nw.x).toBeCloseTo(0.1 / 1.2, 6);
    expect(se.x).toBeCloseTo(1.1 / 1.2, 6);
    expect(nw.y).toBeCloseTo(0.1 / 1.2, 6);
  });

  it('draws closed paths', () => {
    const frame = frameOf([10, 50, 12, 52], 0);
    expect(
      ringsToPath(
        [
          [
            [10, 52],
            [12, 52],
            [12, 50],
          ],
        ],
        frame,
        100,
      ),
    ).toMatch(/^M0\.0 0\.0L100\.0 0\.0L100\.0 [\d.]+Z$/);
  });
});
