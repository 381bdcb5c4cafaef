import type { StyleSpecification } from 'maplibre-gl';

export interface OfflineStyleOptions {
  /** Absolute URL of the bundled basemap GeoJSON (states and their label points). */
  readonly basemapUrl: string;
  /** Absolute URL of the bundled woff2 used for labels. */
  readonly fontUrl: string;
}

export const LABEL_FONT = 'Noto Sans';

const isPolygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isPoint = ['==', ['geometry-type'], 'Point'];

/**
 * The offline basemap: Thuringia and its neighbouring states from Natural Earth. No `glyphs`
 * URL: labels are drawn from the bundled font declared in `font-faces`, so the map requests
 * nothing outside the app's origin.
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
      {
        id: 'state-labels',
        type: 'symbol',
        source: 'states',
        filter: isPoint,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [LABEL_FONT],
          'text-size': ['case', ['get', 'focus'], 15, 13],
          'text-letter-spacing': 0.08,
          'text-transform': 'uppercase',
        },
        paint: {
          'text-color': ['case', ['get', 'focus'], '#2b4a6b', '#5b6472'],
          'text-halo-color': '#ffffff',
          'text-halo-width': 1.5,
        },
      },
    ],
  } as StyleSpecification;
}
