// A page's preview image (og:image), 1200×630 PNG, drawn at build time in Node: satori lays
// out the text with the bundled Noto Sans and writes SVG, resvg turns it into PNG. No browser.
// The small map is Thuringia and its neighbours from the bundled basemap, with the places
// marked.
import { Resvg } from '@resvg/resvg-js';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  readFileSync(
    require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`),
  );

const WIDTH = 1200;
const HEIGHT = 630;
const MAP = { width: 380, height: 440 };
const INK = '#1b1f24';
const MUTED = '#4a5260';
const ACCENT = '#0b5cad';
const MARK = '#c2410c';

export interface PreviewContent {
  readonly title: string;
  /** The time as the app writes it ("19.03.2018"), or a count for a place. */
  readonly when: string;
  readonly places: readonly string[];
  readonly datasetTitle: string;
  /** `[lon, lat]` of the places to mark. */
  readonly points: readonly (readonly [number, number])[];
}

type Basemap = FeatureCollection<Polygon | MultiPolygon, { id?: string; name?: string }>;

/** Equirectangular, corrected for latitude: exact enough for a state-sized thumbnail. */
function projector(bounds: [number, number, number, number]) {
  const [west, south, east, north] = bounds;
  const k = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const scale = Math.min(MAP.width / ((east - west) * k), MAP.height / (north - south));
  const offsetX = (MAP.width - (east - west) * k * scale) / 2;
  const offsetY = (MAP.height - (north - south) * scale) / 2;
  return ([lon, lat]: readonly number[]) =>
    [offsetX + (lon! - west) * k * scale, offsetY + (north - lat!) * scale] as const;
}

function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** The basemap as an SVG of `MAP` size: Thuringia light, its neighbours grey, places marked. */
export function mapSvg(basemap: Basemap, points: PreviewContent['points']): string {
  // Thuringia with a margin (the neighbours show at the edges, as in the app's first view),
  // widened to every marked place (Dresden lies beyond it).
  const bounds: [number, number, number, number] = [9.6, 50.1, 12.9, 51.75];
  for (const [lon, lat] of points) {
    bounds[0] = Math.min(bounds[0], lon - 0.3);
    bounds[1] = Math.min(bounds[1], lat - 0.3);
    bounds[2] = Math.max(bounds[2], lon + 0.3);
    bounds[3] = Math.max(bounds[3], lat + 0.3);
  }
  const project = projector(bounds);
  const paths = basemap.features
    .filter(
      (feature) => feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon',
    )
    .map((feature) => {
      const d = ringsOf(feature.geometry)
        .map(
          (ring) =>
            `M${ring
              .map((position) =>
                project(position)
                  .map((n) => n.toFixed(1))
                  .join(','),
              )
              .join('L')}Z`,
        )
        .join('');
      const home = feature.properties?.id === 'thueringen';
      return `<path d="${d}" fill="${home ? '#fffdf5' : '#e9ecef'}" stroke="${home ? ACCENT : '#9aa3ad'}" stroke-width="${home ? 3 : 1.2}"/>`;
    })
    .join('');
  const marks = points
    .map(([lon, lat]) => {
      const [x, y] = project([lon, lat]);
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="11" fill="${MARK}" stroke="#fff" stroke-width="4"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP.width}" height="${MAP.height}" viewBox="0 0 ${MAP.width} ${MAP.height}"><rect width="100%" height="100%" fill="#dfe7ef"/>${paths}${marks}</svg>`;
}

type Node = {
  type: string;
  props: {
    style?: Record<string, unknown>;
    children?: unknown;
    src?: string;
    width?: number;
    height?: number;
  };
};
const box = (style: Record<string, unknown>, children: unknown): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/**
 * The title's font size at 1200×630. Long titles get a smaller size rather than a cut (the
 * preview names the whole fact), never below 40 px: messengers show the image at 600×315,
 * where 40 px is still a 20 px headline.
 */
export function previewTitleSize(title: string): number {
  return title.length > 90 ? 46 : title.length > 55 ? 54 : 62;
}

/** The preview as PNG bytes. */
export async function renderPreview(content: PreviewContent, basemap: Basemap): Promise<Buffer> {
  const map = `data:image/svg+xml;base64,${Buffer.from(mapSvg(basemap, content.points)).toString('base64')}`;
  const titleSize = previewTitleSize(content.title);
  const tree = box(
    { width: WIDTH, height: HEIGHT, background: '#ffffff', fontFamily: 'Noto Sans' },
    [
      box({ width: 14, height: HEIGHT, background: ACCENT }, []),
      box(
        {
          flexDirection: 'column',
          justifyContent: 'space-between',
          flex: 1,
          padding: '48px 40px 44px 52px',
        },
        [
          box({ flexDirection: 'column' }, [
            box({ fontSize: 26, color: ACCENT, fontWeight: 700 }, content.datasetTitle),
            box(
              { fontSize: titleSize, fontWeight: 700, color: INK, lineHeight: 1.15, marginTop: 28 },
              content.title,
            ),
          ]),
          box({ flexDirection: 'column' }, [
            box({ fontSize: 34, color: INK }, content.when),
            content.places.length > 0
              ? box({ fontSize: 28, color: MUTED, marginTop: 10 }, content.places.join(' · '))
              : box({}, []),
            box(
              { fontSize: 22, color: MUTED, marginTop: 26 },
              'Kartenchronik · Karte und Zeitleiste, jeder Fakt mit Zitat',
            ),
          ]),
        ],
      ),
      box({ alignItems: 'center', paddingRight: 48 }, [
        {
          type: 'img',
          props: { src: map, width: MAP.width, height: MAP.height, style: { borderRadius: 12 } },
        },
      ]),
    ],
  );
  const svg = await satori(tree as never, {
    width: WIDTH,
    height: HEIGHT,
    fonts: [
      { name: 'Noto Sans', data: fontFile(400), weight: 400, style: 'normal' },
      { name: 'Noto Sans', data: fontFile(700), weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
}
