import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import { datasetFixture } from '@/domain/testing/dataset-fixture';
import { parseViewState } from '@/domain/view/view-state';
import { fromLinkState } from './link-state';
import {
  clearSelection,
  reconcileWithDataset,
  selectFact,
  selectPlace,
  setLang,
} from './view-actions';
import { createViewStore } from './view-store';

describe('view actions', () => {
  it('keeps the selected place when a fact is selected', () => {
    const store = createViewStore();
    selectPlace(store, 'artern');
    selectFact(store, 'lsz-auftakt-artern');
    expect(store.getState()).toMatchObject({
      selectedPlaceId: 'artern',
      selectedFactId: 'lsz-auftakt-artern',
    });
  });

  it('clears the fact when a place is selected, and both on clearSelection', () => {
    const store = createViewStore({ selectedFactId: 'x' });
    selectPlace(store, 'altenburg');
    expect(store.getState().selectedFactId).toBeNull();
    clearSelection(store);
    expect(store.getState()).toMatchObject({ selectedPlaceId: null, selectedFactId: null });
  });

  it('notifies a slice subscriber only when its slice changes', () => {
    const store = createViewStore();
    const seen: string[] = [];
    store.subscribe(
      (s) => s.lang,
      (lang) => seen.push(lang),
    );
    selectFact(store, 'a');
    setLang(store, 'en');
    expect(seen).toEqual(['en']);
  });
});

describe('reconcileWithDataset: the one place that checks a link against its dataset', () => {
  const index = () =>
    createDatasetIndex({
      ...datasetFixture(),
      tours: [
        {
          id: 'rundgang',
          title: { de: 'Rundgang' },
          steps: [
            { fact: 'besuch-artern', text: { de: 'a' } },
            { fact: 'ministerin', text: { de: 'b' } },
          ],
        },
      ],
    });
  const opened = (search: string) => {
    const store = createViewStore(fromLinkState(parseViewState(search).state, 'de'));
    reconcileWithDataset(store, index());
    return store.getState();
  };

  it('drops ids the dataset does not know and says which, keeping the rest', () => {
    const state = opened('?fact=old-fact&place=artern&cat=visits,gone');
    expect(state).toMatchObject({
      selectedFactId: null,
      selectedPlaceId: 'artern',
      categories: ['visits'],
    });
    expect(state.ignored).toEqual([
      { param: 'fact', value: 'old-fact', reason: 'unknown-fact' },
      { param: 'cat', value: 'gone', reason: 'unknown-category' },
    ]);
  });

  it('drops a tour or step the dataset does not have, keeping the rest of the link', () => {
    const unknownTour = opened('?tour=anderer&step=1&fact=ministerin');
    expect(unknownTour).toMatchObject({ tour: null, selectedFactId: 'ministerin' });
    expect(unknownTour.ignored).toEqual([
      { param: 'tour', value: 'anderer', reason: 'unknown-tour' },
    ]);
    const unknownStep = opened('?tour=rundgang&step=3');
    expect(unknownStep.tour).toBeNull();
    expect(unknownStep.ignored).toEqual([{ param: 'step', value: '3', reason: 'unknown-step' }]);
    const known = opened('?tour=rundgang&step=2');
    expect(known.ignored).toEqual([]);
    expect(known).toMatchObject({
      tour: { id: 'rundgang', step: 2 },
      selectedFactId: 'ministerin',
    });
  });

  it('leaves a link the dataset fully knows untouched', () => {
    const store = createViewStore(fromLinkState(parseViewState('?place=artern').state, 'de'));
    const before = store.getState();
    reconcileWithDataset(store, index());
    expect(store.getState()).toBe(before);
  });
});
