import type { FeatureCollection } from 'geojson';
import { queryOptions } from '@tanstack/react-query';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { StyleSpecification } from 'maplibre-gl';
import { createOfflineStyle } from './map-style';

/** The bundled basemap, relative to the page like every other asset. */
const BASEMAP_PATH = 'basemap/states.geojson';

/**
 * Ids of the state polygons in the bundled basemap (tools/basemap/build-basemap.mjs). A place
 * with one of these ids and no point of its own is shown as that area.
 */
export const BASEMAP_AREA_IDS: ReadonlySet<string> = new Set([
  'thueringen',
  'sachsen',
  'sachsen-anhalt',
  'bayern',
  'hessen',
  'niedersachsen',
]);

/** The coarse world basemap (tools/basemap), loaded when places lie beyond the region. */
export const WORLD_BASEMAP_PATH = 'basemap/world.geojson';

/** What the bundled states cover (Thuringia and its neighbours), with a margin. */
export const REGION_BOUNDS: [number, number, number, number] = [7.5, 46.8, 15.5, 54.5];

/** Whether a point lies beyond the bundled states: then the world basemap is drawn too. */
export function isBeyondRegion({ lon, lat }: { lon: number; lat: number }): boolean {
  const [west, south, east, north] = REGION_BOUNDS;
  return lon < west || lon > east || lat < south || lat > north;
}

export function worldBasemapUrl(): string {
  return absolute(WORLD_BASEMAP_PATH);
}

/** Thuringia's extent, so the initial view shows the state even when few places are far out. */
export const THURINGIA_BOUNDS: [number, number, number, number] = [9.87, 50.2, 12.65, 51.65];

function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}

/**
 * The map style: an online style when VITE_MAP_STYLE_URL was set at build time, otherwise the
 * offline basemap, which requests nothing outside the app's origin.
 */
export function mapStyle(): StyleSpecification | string {
  const online = import.meta.env.VITE_MAP_STYLE_URL;
  if (online) return online;
  return createOfflineStyle({ basemapUrl: absolute(BASEMAP_PATH), fontUrl: absolute(fontUrl) });
}

/** The basemap GeoJSON for the static fallback map, fetched once. */
/** A bundled GeoJSON basemap, fetched once per page. */
function basemapFileQueryOptions(path: string) {
  return queryOptions({
    queryKey: ['basemap', path],
    queryFn: async ({ signal }) => {
      const response = await fetch(path, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${path}`);
      return (await response.json()) as FeatureCollection;
    },
    staleTime: Infinity,
  });
}

export const basemapQueryOptions = basemapFileQueryOptions(BASEMAP_PATH);

/** The world basemap, for the static map (the live one hands the address to maplibre). */
export const worldBasemapQueryOptions = basemapFileQueryOptions(WORLD_BASEMAP_PATH);
