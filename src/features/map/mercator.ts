/** Web Mercator, normalised to [0, 1] on both axes, for the static SVG fallback map. */
export function mercator(lon: number, lat: number): { x: number; y: number } {
  const phi = (lat * Math.PI) / 180;
  return {
    x: (lon + 180) / 360,
    y: (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2,
  };
}

export interface Frame {
  readonly minX: number;
  readonly minY: number;
  readonly width: number;
  readonly height: number;
}

/** The projected frame around [west, south, east, north], with a margin as a share of its size. */
export function frameOf(bounds: readonly [number, number, number, number], margin = 0.06): Frame {
  const nw = mercator(bounds[0], bounds[3]);
  const se = mercator(bounds[2], bounds[1]);
  const width = se.x - nw.x;
  const height = se.y - nw.y;
  return {
    minX: nw.x - width * margin,
    minY: nw.y - height * margin,
    width: width * (1 + 2 * margin),
    height: height * (1 + 2 * margin),
  };
}

/** Position in the frame as shares of its width and height (0–1). */
export function toFrame(frame: Frame, lon: number, lat: number): { x: number; y: number } {
  const p = mercator(lon, lat);
  return { x: (p.x - frame.minX) / frame.width, y: (p.y - frame.minY) / frame.height };
}

/** An SVG path for polygon rings, in frame units scaled to `scale` (the viewBox width). */
export function ringsToPath(
  rings: readonly (readonly number[][])[],
  frame: Frame,
  scale: number,
): string {
  const aspect = frame.height / frame.width;
  return rings
    .map(
      (ring) =>
        ring
          .map(([lon, lat], i) => {
            const p = toFrame(frame, lon!, lat!);
            return `${i === 0 ? 'M' : 'L'}${(p.x * scale).toFixed(1)} ${(p.y * scale * aspect).toFixed(1)}`;
          })
          .join('') + 'Z',
    )
    .join('');
}
