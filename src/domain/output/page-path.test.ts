import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import {
  pagePath,
  pageTargetOf,
  parsePagePath,
  withoutPageTarget,
  withPageTarget,
} from './page-path';
import { datasetFixture } from '../testing/dataset-fixture';
import { EMPTY_LINK_STATE } from '../view/view-state';

describe('parsePagePath', () => {
  it('reads a fact or place page below any sub-path, and the site root', () => {
    expect(parsePagePath('/fakt/lsz-auftakt-artern/')).toEqual({
      target: { kind: 'fact', id: 'lsz-auftakt-artern' },
      root: '/',
    });
    expect(parsePagePath('/tools/kc/ort/artern/index.html')).toEqual({
      target: { kind: 'place', id: 'artern' },
      root: '/tools/kc/',
    });
  });

  it('is no page for the app itself or for paths that are not slugs', () => {
    expect(parsePagePath('/tools/kc/')).toEqual({ target: null, root: '/tools/kc/' });
    expect(parsePagePath('/index.html')).toEqual({ target: null, root: '/' });
    expect(parsePagePath('/fakt/Not_A_Slug/').target).toBeNull();
  });

  it('round-trips with pagePath', () => {
    const target = { kind: 'place', id: 'altenburg' } as const;
    expect(parsePagePath(`/x/${pagePath(target)}`).target).toEqual(target);
  });
});

describe('page targets and links', () => {
  const index = createDatasetIndex(datasetFixture());

  it("lets the link's own selection win over the page's", () => {
    const page = { kind: 'fact', id: 'ministerin' } as const;
    expect(withPageTarget(EMPTY_LINK_STATE, page).fact).toBe('ministerin');
    const own = { ...EMPTY_LINK_STATE, place: 'erfurt' };
    expect(withPageTarget(own, page)).toBe(own);
  });

  it('finds the page of a selected fact, else of a place with facts', () => {
    const both = { ...EMPTY_LINK_STATE, fact: 'besuch-artern', place: 'artern' };
    expect(pageTargetOf(both, index)).toEqual({ kind: 'fact', id: 'besuch-artern' });
    expect(withoutPageTarget(both, { kind: 'fact', id: 'besuch-artern' })).toMatchObject({
      fact: null,
      place: 'artern',
    });
    expect(pageTargetOf({ ...EMPTY_LINK_STATE, place: 'artern' }, index)).toEqual({
      kind: 'place',
      id: 'artern',
    });
    expect(pageTargetOf({ ...EMPTY_LINK_STATE, place: 'nirgends' }, index)).toBeNull();
  });
});
