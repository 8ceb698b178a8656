/**
 * A dataset file that a person brings: the checks that come before the schema (size, empty, JSON at all), then the
 * same schema and integrity checks as the built-in data. Pure and synchronous, so it runs in a Web Worker, on the
 * main thread where there are no workers, and in unit tests alike.
 */
import type { Dataset } from './dataset-schema';
import type { DatasetProblem } from './dataset-problem';
import { parseDataset } from './parse-dataset';

/** Larger files would freeze a phone for seconds and are far beyond any dialogue dataset (HLED's is ~0.3 MB). */
export const MAX_DATASET_FILE_MB = 50;
export const MAX_DATASET_FILE_BYTES = MAX_DATASET_FILE_MB * 1024 * 1024;

/** Why a file was turned away, each said in its own words by the interface. */
export type DatasetFileFailure =
  | { kind: 'too-large'; size: number }
  | { kind: 'empty' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'unreadable'; detail: string }
  /** Not valid text in its encoding (UTF-8, or UTF-16 after a byte-order mark); for UTF-8, the first bad byte. */
  | { kind: 'not-text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; offset: number | null; byte: number | null }
  | { kind: 'invalid'; problems: readonly DatasetProblem[] };

export type DatasetFileResult = { ok: true; dataset: Dataset } | { ok: false; failure: DatasetFileFailure };

/** The checks that need only the file's size, made before reading a byte of it. */
export function checkDatasetFileSize(size: number): DatasetFileFailure | null {
  if (size > MAX_DATASET_FILE_BYTES) return { kind: 'too-large', size };
  if (size === 0) return { kind: 'empty' };
  return null;
}

/** File text → a dataset, or the one reason (or every schema problem) why it cannot be used. */
export function parseDatasetFileText(text: string): DatasetFileResult {
  if (text.trim() === '') return { ok: false, failure: { kind: 'empty' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, failure: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const result = parseDataset(json);
  return result.ok ? result : { ok: false, failure: { kind: 'invalid', problems: result.problems } };
}
