import type { StyleSpecification } from 'maplibre-gl';

export interface OfflineStyleOptions {
  /** Absolute URL of the bundled basemap GeoJSON (states and their label points). */
  readonly basemapUrl: string;
  /** Absolute URL of the bundled woff2 used for labels. */
  readonly fontUrl: string;
}

export const LABEL_FONT = 'Noto Sans';

const isPolygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];

/**
 * The offline basemap: Thuringia and its neighbouring states from Natural Earth. The state
 * names are HTML labels (area-labels.ts). No `glyphs` URL: the cluster counts of large datasets
 * are drawn from the bundled font declared in `font-faces` (fetched only when they are shown),
 * so the map requests nothing outside the app's origin.
 */
export function createOfflineStyle({
  basemapUrl,
  fontUrl,
}: OfflineStyleOptions): StyleSpecification {
  return {
    version: 8,
    'font-faces': {
      [LABEL_FONT]: [{ url: fontUrl, 'unicode-range': ['U+0000-00FF', 'U+2013-201E'] }],
    },
    sources: {
      states: {
        type: 'geojson',
        data: basemapUrl,
        attribution: 'Grenzen: Natural Earth (gemeinfrei)',
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e3e5e8' } },
      {
        id: 'states-fill',
        type: 'fill',
        source: 'states',
        filter: isPolygon,
        paint: { 'fill-color': ['case', ['get', 'focus'], '#fffdf6', '#eceee8'] },
      },
      {
        // The states a selected fact names (filtered by the map as the selection changes).
        id: 'area-highlight',
        type: 'fill',
        source: 'states',
        filter: ['in', ['get', 'id'], ['literal', []]],
        paint: { 'fill-color': '#f6c89f', 'fill-opacity': 0.45 },
      },
      {
        id: 'states-border',
        type: 'line',
        source: 'states',
        filter: isPolygon,
        paint: { 'line-color': '#8d96a3', 'line-width': 1 },
      },
      {
        id: 'focus-border',
        type: 'line',
        source: 'states',
        filter: ['all', isPolygon, ['get', 'focus']],
        paint: { 'line-color': '#0b5cad', 'line-width': 2.5 },
      },
    ],
  } as StyleSpecification;
}
