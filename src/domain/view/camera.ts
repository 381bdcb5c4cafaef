/** The map camera as it appears in links and tour steps: rounded so that links stay short and stable. */
export interface Camera {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

/** Rounding of the camera: 4 decimals is about 10 m; zoom to 2 decimals. */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function roundCamera(camera: Camera): Camera {
  return { lon: round(camera.lon, 4), lat: round(camera.lat, 4), zoom: round(camera.zoom, 2) };
}

/**
 * Reads `lon,lat,zoom`; `null` for anything else, or for values the map cannot show (latitude
 * beyond Web Mercator's ±85.06°, zoom above 22).
 */
export function parseCamera(text: string): Camera | null {
  const parts = text.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (lon < -180 || lon > 180 || lat < -85.06 || lat > 85.06 || zoom < 0 || zoom > 22) return null;
  return roundCamera({ lon, lat, zoom });
}

export function formatCamera(camera: Camera): string {
  const c = roundCamera(camera);
  return `${c.lon},${c.lat},${c.zoom}`;
}
