import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { choosePlace, datasetQueryOptions, readDatasetFile } from '@/data/dataset-query';
import { DatasetLoadError, MAX_DATASET_BYTES } from '@/data/load-protocol';
import { releaseSource } from '@/data/index-source';
import { releaseDataset } from '@/data/worker-client';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import type { OpenError } from '@/features/dataset-io/OpenDataset';
import { useUrlSync } from '@/state/url-sync';
import { openDatasetUrl, openNewDataset } from '@/state/view-actions';
import { useView, useViewStoreApi } from '@/state/view-store';

export const MAX_MEGABYTES = MAX_DATASET_BYTES / 1024 / 1024;

function toOpenError(error: unknown): OpenError | null {
  // A cancelled load is the reader's choice, not a failure to report.
  if (error instanceof DatasetLoadError) {
    const { reason } = error;
    if (reason === 'cancelled') return null;
    return {
      reason,
      ...(error.reason === 'http' ? { detail: error.message } : {}),
      // Streamed past the limit without a length: only "larger than the limit" is known.
      ...(error.bytes !== undefined && !error.atLeast ? { bytes: error.bytes } : {}),
      issues: error.issues,
    };
  }
  return { reason: 'network', issues: [] };
}

/** Relative paths and http(s) URLs; the same rule as the `data` link parameter. */
function isDatasetAddress(text: string): boolean {
  try {
    const url = new URL(text, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The dataset in use: the bundled one, one from `data=` (an address, or the `local:` key of a
 * file kept in this browser). When a new one fails, the last one that loaded stays on screen,
 * the failure is reported beside it, and the link goes back to the dataset shown.
 */
export function useDataset() {
  const store = useViewStoreApi();
  const sync = useUrlSync();
  const queryClient = useQueryClient();
  const dataUrl = useView((s) => s.dataUrl);
  // The search in use when a dataset is ready: answered with it (data/worker-client.ts).
  const filter = useCallback(() => {
    const { query: text, categories } = store.getState();
    return { query: text, categories };
  }, [store]);
  const query = useQuery(datasetQueryOptions(dataUrl ?? undefined, filter));

  // The last dataset that loaded and its link, kept across a failed switch (state derived
  // while rendering).
  const [lastGood, setLastGood] = useState<{ index: DatasetIndex; url: string | null } | null>(
    query.data ? { index: query.data, url: dataUrl } : null,
  );
  if (query.data !== undefined && query.data !== lastGood?.index) {
    setLastGood({ index: query.data, url: dataUrl });
  }

  // A dataset react-query no longer holds (five minutes unused) lets its worker go.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        const data: unknown = event.query.state.data;
        if (event.type === 'removed' && event.query.queryKey[0] === 'dataset' && data) {
          releaseDataset(data as DatasetIndex);
          releaseSource(data as DatasetIndex);
        }
      }),
    [queryClient],
  );

  const [openError, setOpenError] = useState<OpenError | null>(null);
  const [status, setStatus] = useState<{ name: string; count: number } | null>(null);

  // A failed `data=`: say so, and take the address out of the link (a correction, not a step)
  // so the link names what is shown: the dataset still on screen, else the bundled one.
  const failed = query.error && (lastGood || dataUrl !== null) ? query.error : null;
  useEffect(() => {
    if (!failed) return;
    // The notice is state: the error itself goes with the switch back.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOpenError(toOpenError(failed));
    const back = () => openDatasetUrl(store, lastGood?.url ?? null);
    if (sync) sync.replacing(back);
    else back();
  }, [failed, lastGood, store, sync]);

  const openFile = useCallback(
    async (file: File) => {
      setOpenError(null);
      try {
        const { key, index } = await readDatasetFile(file, filter);
        queryClient.setQueryData(datasetQueryOptions(key).queryKey, index);
        openNewDataset(store, key);
        setStatus({ name: file.name, count: index.dataset.facts.length });
      } catch (error) {
        setOpenError(toOpenError(error));
      }
    },
    [queryClient, store, filter],
  );

  const openUrl = useCallback(
    (url: string) => {
      setStatus(null);
      if (!isDatasetAddress(url)) {
        setOpenError({ reason: 'url', issues: [] });
        return;
      }
      setOpenError(null);
      openNewDataset(store, url);
    },
    [store],
  );

  const shown = query.data ?? lastGood?.index;
  /** Another town for an ambiguous place name: the dataset in use, redrawn with it. */
  const choosePlaceOf = useCallback(
    (placeId: string, coordinates: readonly [number, number]) => {
      if (!shown) return;
      const next = choosePlace(shown, placeId, coordinates);
      queryClient.setQueryData(datasetQueryOptions(dataUrl ?? undefined).queryKey, next);
    },
    [shown, queryClient, dataUrl],
  );

  return {
    index: shown,
    choosePlace: choosePlaceOf,
    query,
    openFile,
    openUrl,
    openError,
    dismissOpenError: () => setOpenError(null),
    status,
  };
}
