import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { Dataset } from '@/domain/dataset/dataset-schema';

/**
 * The dataset being edited, with its history: every edit is a new value (the pure functions of
 * domain/authoring/edit-dataset.ts), so undo and redo step through values (zundo), on the
 * dataset only; the editor's own state (open dialogs, the selection) is not undone.
 */
export interface DraftState {
  readonly dataset: Dataset;
  /** Applies one edit; a result equal to the dataset is no step. */
  edit(change: (dataset: Dataset) => Dataset): void;
}

/** Steps kept for undo; a session of authoring rarely needs more. */
const HISTORY = 500;

export function createDraftStore(dataset: Dataset) {
  return createStore<DraftState>()(
    temporal(
      (set, get) => ({
        dataset,
        edit(change) {
          const next = change(get().dataset);
          if (next !== get().dataset) set({ dataset: next });
        },
      }),
      { partialize: (state) => ({ dataset: state.dataset }), limit: HISTORY },
    ),
  );
}

export type DraftStore = ReturnType<typeof createDraftStore>;
