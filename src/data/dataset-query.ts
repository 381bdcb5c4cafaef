import { queryOptions } from '@tanstack/react-query';
import { createDatasetIndex, type DatasetIndex } from '@/domain/dataset-index';
import { validateDataset, type DatasetIssue } from '@/domain/validate-dataset';

/** The bundled dataset, relative to the page so the site works from any sub-path. */
export const BUNDLED_DATASET_URL = 'data/dataset.json';

/** Why a dataset could not be used: the request failed, or the file is not a valid dataset. */
export class DatasetLoadError extends Error {
  constructor(
    readonly reason: 'network' | 'http' | 'syntax' | 'invalid',
    message: string,
    readonly issues: readonly DatasetIssue[] = [],
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/** Fetches, parses and validates once, at the boundary; everything above gets an index. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<DatasetIndex> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status} ${url}`);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    throw new DatasetLoadError('syntax', error instanceof Error ? error.message : String(error));
  }
  const result = validateDataset(json);
  if (!result.ok) throw new DatasetLoadError('invalid', 'invalid dataset', result.issues);
  return createDatasetIndex(result.dataset);
}

export function datasetQueryOptions(url: string = BUNDLED_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A dataset is a file: it does not go stale while the page is open.
    staleTime: Infinity,
    // An invalid file stays invalid; only a failed request is worth a second try.
    retry: (failures, error) =>
      failures < 1 && error instanceof DatasetLoadError && error.reason === 'network',
  });
}
