import { decodeDatasetFile } from './decode-dataset-file';
import { checkDatasetFileSize, type DatasetFileFailure } from './parse-dataset-file';
import { storeDataset } from './stored-dataset';
import { announceStoredDataset } from './stored-dataset-channel';
import { validateDatasetFileText } from './validate-dataset-file-text';
import type { Dataset } from './dataset-schema';

export type OpenDatasetFileResult =
  { ok: true; dataset: Dataset; saved: boolean } | { ok: false; failure: DatasetFileFailure };

/**
 * A dataset file from start to finish: size checks, read, validation off the main thread, then — only if it is
 * valid — storage for the next visit. `onPhase` reports progress; `isCurrent` lets a newer file win.
 * Loaded on demand (use-load-dataset-file.ts): the first screen does not need it.
 */
export async function openDatasetFile(
  file: File,
  onPhase: (phase: 'reading' | 'validating') => void,
  isCurrent: () => boolean,
): Promise<OpenDatasetFileResult | null> {
  const early = checkDatasetFileSize(file.size);
  if (early) return { ok: false, failure: early };
  onPhase('reading');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'unreadable', detail } };
  }
  // File.text() would replace every byte that is not UTF-8 with U+FFFD and carry on: a Latin-1 file then shows
  // "B�rcena" everywhere. Strict decoding refuses it instead.
  const decoded = decodeDatasetFile(bytes);
  if (!decoded.ok) {
    const { encoding, offset, byte } = decoded;
    return { ok: false, failure: { kind: 'not-text', encoding, offset, byte } };
  }
  const text = decoded.text;
  onPhase('validating');
  const result = await validateDatasetFileText(text);
  if (!isCurrent()) return null;
  if (!result.ok) return { ok: false, failure: result.failure };
  const saved = await storeDataset({ text, fileName: file.name });
  if (saved) announceStoredDataset({ kind: 'stored', fileName: file.name });
  return { ok: true, dataset: result.dataset, saved };
}
