// Vite plugin: writes a page per fact (`fakt/<id>/index.html`) and per place with facts
// (`ort/<id>/index.html`) of the bundled dataset, each with its preview image
// (`og/<kind>-<id>.png`), and, with SITE_URL set, sitemap.xml and robots.txt. Build only;
// nothing of it is in the app's bundle.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { bundledDatasetPath } from '../publish-dataset';
import type { Plugin } from 'vite';
import { createDatasetIndex } from '../../src/domain/dataset/dataset-index';
import { localize } from '../../src/domain/text/lang';
import { pagePath } from '../../src/domain/output/page-path';
import { selectMapAnchor } from '../../src/domain/dataset/selectors';
import { validateDataset } from '../../src/domain/dataset/validate-dataset';
import { formatFactTimeClaim } from '../../src/domain/time/fact-time';
import { createTranslate } from '../../src/domain/text/messages';
import {
  factPageParts,
  factPlaceNames,
  placePageParts,
  renderPage,
  type PageParts,
} from './page-html';
import { renderPreview } from './preview-image';

const root = new URL('../../', import.meta.url);

/** `SITE_URL` as a base ending in `/`, or `null` when unset or not an http(s) URL. */
export function siteUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return null;
  }
}

/** The sitemap of the site's root and its pages. */
export function sitemapXml(siteUrl: string, paths: readonly string[]): string {
  const urls = ['', ...paths].map((path) => `  <url><loc>${siteUrl}${path}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${siteUrl}sitemap.xml\n`;
}

export function pagesPlugin(siteUrlSetting: string | undefined): Plugin {
  const siteUrl = siteUrlFrom(siteUrlSetting);
  return {
    name: 'kartenchronik-pages',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const started = performance.now();
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      // The site's bundled dataset: the project's own or the author's (DATASET, scripts/publish-dataset.ts).
      const result = validateDataset(JSON.parse(readFileSync(bundledDatasetPath(root), 'utf8')));
      if (!result.ok)
        this.error(`the bundled dataset is invalid: ${JSON.stringify(result.issues)}`);
      const index = createDatasetIndex(result.dataset);
      const basemap = JSON.parse(
        readFileSync(new URL('public/basemap/states.geojson', root), 'utf8'),
      ) as FeatureCollection<Polygon | MultiPolygon>;
      const t = createTranslate('de');
      const datasetTitle = localize(index.dataset.title, 'de');
      const pages: PageParts[] = [
        ...index.dataset.facts.map((fact) => factPageParts(index, fact)),
        ...index.dataset.places
          .filter((place) => index.factIdsByPlace.has(place.id))
          .map((place) => placePageParts(index, place)),
      ];
      for (const parts of pages) {
        this.emitFile({
          type: 'asset',
          fileName: `${pagePath(parts.target)}index.html`,
          source: renderPage(String(html.source), index, parts, { siteUrl }),
        });
        const fact = parts.target.kind === 'fact' ? index.facts.get(parts.target.id) : undefined;
        const placeIds = fact ? fact.places : [parts.target.id];
        const points = placeIds.flatMap((id) => {
          const coordinates = selectMapAnchor(index, id)?.coordinates;
          return coordinates ? [coordinates] : [];
        });
        const png = await renderPreview(
          {
            title: parts.title,
            when: fact
              ? formatFactTimeClaim(fact.time, 'de', t('inferred'))
              : t('factCount', { count: index.factIdsByPlace.get(parts.target.id)!.length }),
            places: fact ? factPlaceNames(index, fact) : [],
            datasetTitle,
            points: [...new Map(points.map((p) => [p.join(','), p] as const)).values()],
          },
          basemap as never,
        );
        this.emitFile({ type: 'asset', fileName: parts.imagePath, source: png });
      }
      if (siteUrl) {
        const paths = pages.map((parts) => pagePath(parts.target));
        this.emitFile({
          type: 'asset',
          fileName: 'sitemap.xml',
          source: sitemapXml(siteUrl, paths),
        });
        this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robotsTxt(siteUrl) });
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      this.info(
        `${pages.length} pages and preview images for the bundled dataset in ${seconds} s` +
          (siteUrl
            ? `, with sitemap.xml and robots.txt for ${siteUrl}`
            : '. SITE_URL is not set: the pages have no og:url or canonical link, og:image is relative (most link previews need it absolute), and there is no sitemap.xml or robots.txt'),
      );
    },
  };
}
