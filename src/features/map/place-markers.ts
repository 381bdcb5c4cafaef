import type { FeatureCollection, Point } from 'geojson';
import type { FactSource } from '@/domain/dataset/fact-source';

/** What the map draws for one place: a marker button, or a point in the clustered layer. */
export interface PlaceMarker {
  readonly id: string;
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  /** Facts at the place or inside it (its institutions). */
  readonly factCount: number;
}

/**
 * Every place with coordinates, in reading order (north to south, then west to east), which
 * is also the Tab order of the marker buttons. Places without facts are drawn too: they are
 * part of the dataset's geography.
 */
export function buildPlaceMarkers(source: FactSource): PlaceMarker[] {
  return source.meta.places
    .flatMap((place) =>
      place.coordinates
        ? [
            {
              id: place.id,
              name: place.name,
              lon: place.coordinates[0],
              lat: place.coordinates[1],
              factCount: source.idsAtPlace(place.id).length,
            },
          ]
        : [],
    )
    .sort((a, b) => b.lat - a.lat || a.lon - b.lon || (a.id < b.id ? -1 : 1));
}

/** Above this many places, DOM buttons would slow the map down: it draws a clustered layer. */
export const CLUSTER_THRESHOLD = 300;

/** The places as GeoJSON points for the clustered layer. */
export function placesToGeoJson(markers: readonly PlaceMarker[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: markers.map((m) => ({
      type: 'Feature',
      properties: { id: m.id, name: m.name, count: m.factCount },
      geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
    })),
  };
}

/** [west, south, east, north] around the given points; `null` for none. */
export function boundsOf(
  points: readonly { lon: number; lat: number }[],
): [number, number, number, number] | null {
  if (points.length === 0) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { lon, lat } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}
