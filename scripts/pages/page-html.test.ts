import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../src/domain/dataset/dataset-index';
import { datasetFixture } from '../../src/domain/testing/dataset-fixture';
import { factPageParts, placePageParts, renderPage } from './page-html';
import { robotsTxt, sitemapXml, siteUrlFrom } from './pages-plugin';
import { previewTitleSize } from './preview-image';

const INDEX_HTML = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Kartenchronik" />
    <title>Kartenchronik</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('renderPage', () => {
  const index = createDatasetIndex(datasetFixture());
  const fact = index.facts.get('besuch-artern')!;

  it('puts the base first, the fact in the head and in #root', () => {
    const page = renderPage(INDEX_HTML, index, factPageParts(index, fact), { siteUrl: null });
    expect(page.indexOf('<base href="../../" />')).toBeLessThan(page.indexOf('./assets/index.js'));
    expect(page).toContain('<title>Besuch in Artern – Kartenchronik</title>');
    expect(page).toContain(
      '<meta property="og:image" content="../../og/fakt-besuch-artern.png" />',
    );
    expect(page).not.toContain('og:url');
    expect(page).not.toContain('rel="canonical"');
    expect(page).toContain('<blockquote>Am 19. März besuchte sie Artern.</blockquote>');
    expect(page).toMatch(/<dd>477\.970\s€<\/dd>/);
    expect(page).toContain('<a href="ort/fz-artern/">Freizeitzentrum Artern</a>');
  });

  it('with SITE_URL writes absolute og:url, og:image and the canonical link', () => {
    const siteUrl = siteUrlFrom('https://example.org/chronik')!;
    expect(siteUrl).toBe('https://example.org/chronik/');
    const page = renderPage(INDEX_HTML, index, factPageParts(index, fact), { siteUrl });
    expect(page).toContain(
      '<link rel="canonical" href="https://example.org/chronik/fakt/besuch-artern/" />',
    );
    expect(page).toContain(
      '<meta property="og:image" content="https://example.org/chronik/og/fakt-besuch-artern.png" />',
    );
    expect(siteUrlFrom('javascript:alert(1)')).toBeNull();
    expect(siteUrlFrom(undefined)).toBeNull();
  });

  it('writes dataset text as text: markup is escaped and cannot close the JSON-LD script', () => {
    const data = datasetFixture();
    data.facts[0]!.title = { de: '</script><img src=x onerror=alert(1)>"' };
    const hostile = createDatasetIndex(data);
    const page = renderPage(
      INDEX_HTML,
      hostile,
      factPageParts(hostile, hostile.facts.get('besuch-artern')!),
      { siteUrl: null },
    );
    expect(page).not.toContain('<img src=x');
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;');
  });

  it('describes a dated event as an Event, an office as a cited CreativeWork, a place as a Place', () => {
    expect(factPageParts(index, fact).structured).toMatchObject({
      '@type': 'Event',
      startDate: '2018-03-19',
      location: [{ '@type': 'Place', name: 'Freizeitzentrum Artern' }],
    });
    expect(factPageParts(index, index.facts.get('ministerin')!).structured).toMatchObject({
      '@type': 'CreativeWork',
      citation: [{ '@type': 'CreativeWork', name: 'PM' }],
    });
    const place = placePageParts(index, index.places.get('artern')!);
    expect(place.structured).toMatchObject({ '@type': 'Place', name: 'Artern' });
    expect(place.body).toContain('<a href="fakt/besuch-artern/">Besuch in Artern</a>');
  });
});

describe('sitemap and robots', () => {
  it('list the root and every page under SITE_URL', () => {
    const xml = sitemapXml('https://example.org/k/', ['fakt/a/', 'ort/b/']);
    expect(xml).toContain('<loc>https://example.org/k/</loc>');
    expect(xml).toContain('<loc>https://example.org/k/fakt/a/</loc>');
    expect(xml).toContain('<loc>https://example.org/k/ort/b/</loc>');
    expect(robotsTxt('https://example.org/k/')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://example.org/k/sitemap.xml\n',
    );
  });
});

describe('preview images', () => {
  it('keep the title at least 40 px high at 1200×630, however long it is', () => {
    for (const length of [5, 56, 91, 400]) {
      expect(previewTitleSize('x'.repeat(length))).toBeGreaterThanOrEqual(40);
    }
  });
});
