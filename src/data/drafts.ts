import type { QueryClient } from '@tanstack/react-query';
import { createDatasetIndex, type DatasetIndex } from '@/domain/dataset/dataset-index';
import type { Dataset } from '@/domain/dataset/dataset-schema';
import { datasetQueryOptions, keptDatasets } from './dataset-query';
import { releaseDataset } from './worker-client';

/**
 * Datasets being edited: a copy kept in this browser under a random `local:` key (a file's key
 * is its hash, so a reopened file would overwrite edits kept under it). Every change is saved
 * at once, as the bytes the worker reads when the link opens again.
 */

/** A new key for a copy to edit: 128 random bits, in the form of a kept file's key. */
export function newDraftKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `local:${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Saves the dataset under its key, as a copy the editor may change. */
export async function saveDraft(key: string, dataset: Dataset, name: string): Promise<void> {
  const data = new TextEncoder().encode(JSON.stringify(dataset));
  await keptDatasets().keep({
    key,
    name,
    title: dataset.title.de,
    facts: dataset.facts.length,
    bytes: data.byteLength,
    openedAt: Date.now(),
    data,
    editable: true,
  });
}

/** Whether the key names a copy made to edit (not a file's or an address's own copy). */
export async function isDraft(key: string): Promise<boolean> {
  try {
    return (await keptDatasets().get(key))?.editable === true;
  } catch {
    return false;
  }
}

/** What one tab tells the others about a dataset it saved. */
interface DraftMessage {
  readonly key: string;
  readonly tab: string;
}

/**
 * Tells other tabs editing the same dataset that this one saved it, and calls `onOther` when
 * another did: neither overwrites the other silently. Without BroadcastChannel, a no-op.
 */
export function watchDraft(key: string, onOther: () => void): { saved(): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { saved() {}, close() {} };
  const tab = newDraftKey();
  const channel = new BroadcastChannel('kartenchronik-drafts');
  channel.onmessage = (event: MessageEvent<DraftMessage>) => {
    if (event.data?.key === key && event.data.tab !== tab) onOther();
  };
  return {
    saved: () => channel.postMessage({ key, tab } satisfies DraftMessage),
    close: () => channel.close(),
  };
}

/**
 * Shows an edited dataset in every view: its index (built on the page; a dataset one edits by
 * hand is small) replaces the one in use under its key. The first replacement lets the
 * worker that opened it go: the page searches the edited facts itself.
 */
export function showEditedDataset(queryClient: QueryClient, key: string, dataset: Dataset): void {
  const { queryKey } = datasetQueryOptions(key);
  const previous = queryClient.getQueryData<DatasetIndex>(queryKey);
  queryClient.setQueryData(queryKey, createDatasetIndex(dataset));
  if (previous) releaseDataset(previous);
}
