import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Dataset } from './dataset-schema';
import { DatasetLoadError } from './dataset-load-error';
import { parseDatasetText } from './parse-dataset';

/** The built-in HLED dataset, served from public/. */
export const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/hled.json`;

/** fetch → parse → validate → typed dataset, or a DatasetLoadError carrying every problem. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(url, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    throw new DatasetLoadError(url, 'network', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const result = parseDatasetText(await response.text());
  if (!result.ok) throw new DatasetLoadError(url, 'invalid', `${result.problems.length} problem(s)`, result.problems);
  return result.dataset;
}

export const datasetKeys = {
  all: ['dataset'] as const,
  byUrl: (url: string) => ['dataset', url] as const,
};

export function datasetQueryOptions(url: string = BUILT_IN_DATASET_URL) {
  return queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A static file: it never goes stale during a session.
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The loaded dataset. Rendered only below <DatasetGate>, which has already resolved loading and errors. */
export function useDataset(url: string = BUILT_IN_DATASET_URL): Dataset {
  return useSuspenseQuery(datasetQueryOptions(url)).data;
}
