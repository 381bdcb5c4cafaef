import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import { datasetFixture } from '@/domain/testing/dataset-fixture';
import { factUrl, shareableUrl } from './share-link';
import { DEFAULT_VIEW_STATE } from './view-store';

const index = createDatasetIndex(datasetFixture());
const at = (pathname: string) => ({ origin: 'http://127.0.0.1:4173', pathname });

describe('shareableUrl', () => {
  it("links a bundled fact's page with the rest of the view in its query", () => {
    const view = { ...DEFAULT_VIEW_STATE, selectedFactId: 'besuch-artern', cursor: '2018-03-19' };
    expect(shareableUrl(view, index, at('/kc/'))).toBe(
      'http://127.0.0.1:4173/kc/fakt/besuch-artern/?lang=de&at=2018-03-19',
    );
    // From another page, the link goes from the site's root, not below that page.
    expect(shareableUrl(view, index, at('/kc/ort/artern/'))).toBe(
      'http://127.0.0.1:4173/kc/fakt/besuch-artern/?lang=de&at=2018-03-19',
    );
  });

  it('links a place page, and a query link where there is no page or another dataset', () => {
    const place = { ...DEFAULT_VIEW_STATE, selectedPlaceId: 'artern' };
    expect(shareableUrl(place, index, at('/'))).toBe('http://127.0.0.1:4173/ort/artern/?lang=de');
    expect(shareableUrl(DEFAULT_VIEW_STATE, index, at('/fakt/besuch-artern/'))).toBe(
      'http://127.0.0.1:4173/?lang=de',
    );
    const other = { ...place, dataUrl: 'http://127.0.0.1:8080/x.json' };
    expect(shareableUrl(other, index, at('/'))).toBe(
      'http://127.0.0.1:4173/?data=http%3A%2F%2F127.0.0.1%3A8080%2Fx.json&lang=de&place=artern',
    );
  });
});

describe('factUrl', () => {
  it("is the fact's page for the bundled dataset, a query link otherwise", () => {
    expect(factUrl(DEFAULT_VIEW_STATE, index, 'ministerin', at('/'))).toBe(
      'http://127.0.0.1:4173/fakt/ministerin/?lang=de',
    );
    const other = { ...DEFAULT_VIEW_STATE, dataUrl: 'local:0123456789abcdef0123456789abcdef' };
    expect(factUrl(other, index, 'ministerin', at('/'))).toBe(
      'http://127.0.0.1:4173/?data=local%3A0123456789abcdef0123456789abcdef&lang=de&fact=ministerin',
    );
  });
});
