import { describe, expect, it } from 'vitest';
import { clearSelection, selectFact, selectPlace, setLang } from './view-actions';
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
