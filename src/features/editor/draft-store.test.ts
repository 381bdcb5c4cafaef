import { describe, expect, it } from 'vitest';
import { newDataset, addSource } from '@/domain/authoring/edit-dataset';
import { createDraftStore } from './draft-store';

describe('the draft store', () => {
  it('undoes and redoes every edit of the dataset', () => {
    const store = createDraftStore(newDataset({ de: 'Neu' }));
    store
      .getState()
      .edit((d) => addSource(d, { title: 'A', text: 'Text A', kind: 'Quelle' }).dataset);
    store
      .getState()
      .edit((d) => addSource(d, { title: 'B', text: 'Text B', kind: 'Quelle' }).dataset);
    const titles = () => store.getState().dataset.sources.map((s) => s.title);
    expect(titles()).toEqual(['A', 'B']);
    store.temporal.getState().undo();
    expect(titles()).toEqual(['A']);
    store.temporal.getState().undo();
    expect(titles()).toEqual([]);
    store.temporal.getState().redo(2);
    expect(titles()).toEqual(['A', 'B']);
    // An edit that changes nothing is no step.
    store.getState().edit((d) => d);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });
});
