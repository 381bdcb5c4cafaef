import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import {
  DatasetLoadError,
  datasetQueryOptions,
  fileDatasetQueryOptions,
  MAX_DATASET_BYTES,
  readDatasetFile,
} from '@/data/dataset-query';
import type { DatasetIndex } from '@/domain/dataset-index';
import type { OpenError } from '@/features/dataset-io/OpenDataset';
import { openDatasetFile, openDatasetUrl } from '@/state/view-actions';
import { useView, useViewStoreApi } from '@/state/view-store';

export const MAX_MEGABYTES = MAX_DATASET_BYTES / 1024 / 1024;

function toOpenError(error: unknown): OpenError {
  if (error instanceof DatasetLoadError) {
    return {
      reason: error.reason,
      ...(error.reason === 'http' ? { detail: error.message } : {}),
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
 * The dataset in use: the bundled one, one from `data=`, or one opened from a file. When a new
 * one fails, the last one that loaded stays on screen and the failure is reported beside it.
 */
export function useDataset() {
  const store = useViewStoreApi();
  const queryClient = useQueryClient();
  const dataUrl = useView((s) => s.dataUrl);
  const datasetFile = useView((s) => s.datasetFile);
  const query = useQuery(
    datasetFile
      ? fileDatasetQueryOptions(datasetFile.key)
      : datasetQueryOptions(dataUrl ?? undefined),
  );

  // The last dataset that loaded, kept across a failed switch (state derived while rendering).
  const [lastGood, setLastGood] = useState<DatasetIndex | undefined>(query.data);
  if (query.data !== undefined && query.data !== lastGood) setLastGood(query.data);

  const [openError, setOpenError] = useState<OpenError | null>(null);
  const [status, setStatus] = useState<{ name: string; count: number } | null>(null);

  const openFile = useCallback(
    async (file: File) => {
      setOpenError(null);
      try {
        const index = await readDatasetFile(file);
        const key = `${file.name}:${file.size}:${file.lastModified}:${Date.now()}`;
        queryClient.setQueryData(fileDatasetQueryOptions(key).queryKey, index);
        openDatasetFile(store, key, file.name);
        setStatus({ name: file.name, count: index.dataset.facts.length });
      } catch (error) {
        setOpenError(toOpenError(error));
      }
    },
    [queryClient, store],
  );

  const openUrl = useCallback(
    (url: string) => {
      setStatus(null);
      if (!isDatasetAddress(url)) {
        setOpenError({ reason: 'url', issues: [] });
        return;
      }
      setOpenError(null);
      openDatasetUrl(store, url);
    },
    [store],
  );

  const index = query.data ?? lastGood;
  // A failed URL load with a dataset still on screen is reported like a failed file.
  const loadError = query.error && index ? toOpenError(query.error) : null;
  return {
    index,
    query,
    openFile,
    openUrl,
    openError: openError ?? loadError,
    dismissOpenError: () => setOpenError(null),
    status,
  };
}
