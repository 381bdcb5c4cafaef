import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseViewState } from '@/domain/view-state';
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
} from './view-actions';
import { createViewStore } from './view-store';
import { createDatasetIndex } from '@/domain/dataset-index';
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

function setup(initial = '') {
  const history = fakeHistory(initial);
  const store = createViewStore({ ...fromLinkState(parseViewState(initial).state, 'de') });
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

  it('stops writing after stop()', () => {
    const { history, store, sync } = setup();
    sync.stop();
    selectPlace(store, 'artern');
    expect(history.entries).toEqual(['']);
  });
});
