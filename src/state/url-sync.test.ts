import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseViewState } from '@/domain/view/view-state';
import { fromLinkState } from './link-state';
import {
  REPLACE_DEBOUNCE_MS,
  QUERY_DEBOUNCE_MS,
  createUrlSync,
  type HistoryPort,
} from './url-sync';
import {
  selectFact,
  selectPlace,
  setCamera,
  setCursor,
  setQuery,
  reconcileWithDataset,
  showTourStep,
  endTour,
} from './view-actions';
import { createViewStore } from './view-store';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import { datasetFixture } from '@/domain/testing/dataset-fixture';

/** An in-memory history with the same push/replace/back semantics as the browser's. */
function fakeHistory(initial = '') {
  const entries = [initial];
  let index = 0;
  let onPop: (() => void) | null = null;
  const port: HistoryPort = {
    read: () => entries[index]!,
    push: (search) => {
      entries.splice(index + 1, Infinity, search);
      index += 1;
    },
    replace: (search) => {
      entries[index] = search;
    },
    listen: (cb) => {
      onPop = cb;
      return () => (onPop = null);
    },
  };
  return {
    port,
    entries,
    back() {
      index -= 1;
      onPop?.();
    },
    forward() {
      index += 1;
      onPop?.();
    },
  };
}

function tourIndex() {
  return createDatasetIndex({
    ...datasetFixture(),
    tours: [
      {
        id: 'rundgang',
        title: { de: 'Rundgang' },
        steps: [
          { fact: 'besuch-artern', text: { de: 'Artern' } },
          { fact: 'ministerin', text: { de: 'Ministerin' } },
          { place: 'erfurt', text: { de: 'Erfurt' } },
        ],
      },
    ],
  });
}

function setup(initial = '') {
  const history = fakeHistory(initial);
  const { state, ignored } = parseViewState(initial);
  const store = createViewStore({ ...fromLinkState(state, 'de'), ignored });
  const sync = createUrlSync(store, history.port, { fallbackLang: 'de' });
  sync.start();
  return { history, store, sync };
}

describe('startUrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pushes an entry for each selection, so Back walks through them', () => {
    const { history, store } = setup();
    selectPlace(store, 'artern');
    selectFact(store, 'besuch-artern');
    selectPlace(store, 'erfurt');
    expect(history.entries).toEqual([
      '',
      '?lang=de&place=artern',
      '?lang=de&fact=besuch-artern&place=artern',
      '?lang=de&place=erfurt',
    ]);
    history.back();
    expect(store.getState()).toMatchObject({
      selectedPlaceId: 'artern',
      selectedFactId: 'besuch-artern',
    });
    history.back();
    expect(store.getState()).toMatchObject({ selectedPlaceId: 'artern', selectedFactId: null });
    history.forward();
    expect(store.getState().selectedFactId).toBe('besuch-artern');
    // Applying the URL wrote nothing back.
    expect(history.entries).toHaveLength(4);
  });

  it('replaces the entry for continuous changes, debounced', () => {
    const { history, store } = setup();
    setCamera(store, { lon: 11, lat: 51, zoom: 7 });
    setCursor(store, '2018-03-19');
    setCursor(store, '2018-03-20');
    expect(history.entries).toEqual(['']);
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS);
    expect(history.entries).toEqual(['?lang=de&at=2018-03-20&map=11,51,7']);
  });

  it('pushes one entry for a search once typing pauses', () => {
    const { history, store } = setup();
    for (const q of ['A', 'Ar', 'Art']) setQuery(store, q);
    vi.advanceTimersByTime(QUERY_DEBOUNCE_MS);
    expect(history.entries).toEqual(['', '?lang=de&q=Art']);
  });

  it('gives a pending search its own entry before a discrete change', () => {
    const { history, store } = setup();
    setQuery(store, 'Artern');
    selectPlace(store, 'artern');
    expect(history.entries).toEqual(['', '?lang=de&q=Artern', '?lang=de&place=artern&q=Artern']);
    vi.advanceTimersByTime(QUERY_DEBOUNCE_MS);
    expect(history.entries).toHaveLength(3);
  });

  it('replaces rather than pushes for corrections', () => {
    const { history, store, sync } = setup('?fact=gone&place=artern');
    sync.replacing(() => reconcileWithDataset(store, createDatasetIndex(datasetFixture())));
    expect(history.entries).toEqual(['?lang=de&place=artern']);
    expect(store.getState().ignored).toEqual([
      { param: 'fact', value: 'gone', reason: 'unknown-fact' },
    ]);
  });

  it('pushes an entry per tour step with its whole view; Back returns to the step before', () => {
    const { history, store } = setup();
    const index = tourIndex();
    for (const step of [1, 2, 3]) showTourStep(store, index, 'rundgang', step);
    expect(history.entries).toEqual([
      '',
      '?lang=de&tour=rundgang&step=1&fact=besuch-artern&from=2018-03-04&to=2018-04-03&at=2018-03-19',
      '?lang=de&tour=rundgang&step=2&fact=ministerin&from=2013-07-02&to=2024-07-01&at=2014',
      '?lang=de&tour=rundgang&step=3&place=erfurt&from=2013-07-02&to=2024-07-01&at=2014-01-01&map=11.029,50.978,9',
    ]);
    history.back();
    expect(store.getState()).toMatchObject({
      tour: { id: 'rundgang', step: 2 },
      selectedFactId: 'ministerin',
      selectedPlaceId: null,
      camera: null,
    });
    endTour(store);
    expect(history.entries.at(-1)).toBe(
      '?lang=de&fact=ministerin&from=2013-07-02&to=2024-07-01&at=2014',
    );
  });

  it('opens a link to a bare step on that step, the link’s own parameters winning', () => {
    const { history, store, sync } = setup('?tour=rundgang&step=1&at=2018-03-27');
    sync.replacing(() => reconcileWithDataset(store, tourIndex()));
    expect(history.entries).toEqual([
      '?lang=de&tour=rundgang&step=1&fact=besuch-artern&from=2018-03-04&to=2018-04-03&at=2018-03-27',
    ]);
  });

  it('reports a step the tour does not have and replaces the link without it', () => {
    const { history, store, sync } = setup('?tour=rundgang&step=9&place=artern');
    sync.replacing(() => reconcileWithDataset(store, tourIndex()));
    expect(history.entries).toEqual(['?lang=de&place=artern']);
    expect(store.getState().ignored).toEqual([
      { param: 'step', value: '9', reason: 'unknown-step' },
    ]);
  });

  it('takes the parameters it dropped out of the address, replacing the entry', () => {
    const { history, store } = setup('?place=artern&map=abc&at=gestern');
    expect(history.entries).toEqual(['?lang=de&place=artern']);
    expect(store.getState().ignored.map((i) => i.param)).toEqual(['at', 'map']);
  });

  it('stops writing after stop()', () => {
    const { history, store, sync } = setup();
    sync.stop();
    selectPlace(store, 'artern');
    expect(history.entries).toEqual(['']);
  });
});
