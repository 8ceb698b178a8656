import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from './dataset-schema';
import { DatasetLoadError } from './dataset-load-error';
import { parseDatasetTextInSlices } from './parse-dataset';
import { clearStoredDataset, readStoredDataset } from './stored-dataset';
import { validateDatasetFileText } from './validate-dataset-file-text';

/** The built-in HLED dataset, served from public/. */
const BUILT_IN_DATASET_URL = `${import.meta.env.BASE_URL}data/hled.json`;

/** A briefing-room network can be slow, but a request that has not answered in this long is reported. */
const DATASET_TIMEOUT_MS = 20_000;

/** Storage answers in milliseconds when it works; past this, the built-in file is fetched alongside. */
const EARLY_BUILT_IN_MS = 400;

/** fetch → parse → validate → typed dataset, or a DatasetLoadError carrying every problem. */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  timeoutMs = DATASET_TIMEOUT_MS,
): Promise<Dataset> {
  // A plain timer rather than AbortSignal.timeout, so that tests can drive it with a fake clock.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
      headers: { accept: 'application/json' },
    });
    text = response.ok ? await response.text() : '';
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.signal.aborted) {
      throw new DatasetLoadError(url, 'network', `no answer after ${Math.round(timeoutMs / 1000)} s`);
    }
    throw new DatasetLoadError(url, 'network', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      url,
      'network',
      `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
  }
  // In slices, yielding to the browser: the page stays responsive while a large file is checked.
  const result = await parseDatasetTextInSlices(text);
  if (!result.ok) throw new DatasetLoadError(url, 'invalid', `${result.problems.length} problem(s)`, result.problems);
  return result.dataset;
}

export const datasetKeys = {
  active: ['dataset', 'active'] as const,
};

/**
 * The dataset the app shows: a file the person opened (kept in IndexedDB across reloads) or the built-in one.
 * `discardedFileName` names a stored file that no longer passes the checks and was removed at start-up.
 */
export type ActiveDataset =
  | { origin: 'built-in'; dataset: Dataset; discardedFileName?: string; storageUnreadable?: boolean }
  | { origin: 'file'; dataset: Dataset; fileName: string; saved: boolean };

/**
 * Stored file first (validated again, since the app's rules may have changed since it was saved), then built-in;
 * `storageUnreadable` when a file was saved but storage would not give it back (in time).
 */
export async function fetchActiveDataset(signal?: AbortSignal): Promise<ActiveDataset> {
  // Storage that is slow to answer may not answer at all: the built-in file, which that case falls back to, is then
  // fetched meanwhile (and dropped if a stored file turns up).
  let early: Promise<Dataset> | null = null;
  const startEarly = setTimeout(() => {
    early = fetchDataset(BUILT_IN_DATASET_URL, signal);
    early.catch(() => undefined);
  }, EARLY_BUILT_IN_MS);
  const read = await readStoredDataset().finally(() => clearTimeout(startEarly));
  const builtIn = (): Promise<Dataset> => early ?? fetchDataset(BUILT_IN_DATASET_URL, signal);
  if (read.status === 'unreadable') return { origin: 'built-in', dataset: await builtIn(), storageUnreadable: true };
  if (read.status === 'found') {
    const { stored } = read;
    const result = await validateDatasetFileText(stored.text);
    if (result.ok) return { origin: 'file', dataset: result.dataset, fileName: stored.fileName, saved: true };
    await clearStoredDataset();
    return { origin: 'built-in', dataset: await builtIn(), discardedFileName: stored.fileName };
  }
  return { origin: 'built-in', dataset: await builtIn() };
}

export function activeDatasetQueryOptions() {
  return queryOptions({
    queryKey: datasetKeys.active,
    queryFn: ({ signal }) => fetchActiveDataset(signal),
    // Changes only when the person opens a file or goes back, and both write the cache directly.
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
