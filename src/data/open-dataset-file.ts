import { checkDatasetFileSize, type DatasetFileFailure } from './parse-dataset-file';
import { storeDataset } from './stored-dataset';
import { validateDatasetFileText } from './validate-dataset-file-text';
import type { Dataset } from './dataset-schema';

export type OpenDatasetFileResult =
  | { ok: true; dataset: Dataset; saved: boolean }
  | { ok: false; failure: DatasetFileFailure };

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
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'unreadable', detail } };
  }
  onPhase('validating');
  const result = await validateDatasetFileText(text);
  if (!isCurrent()) return null;
  if (!result.ok) return { ok: false, failure: result.failure };
  const saved = await storeDataset({ text, fileName: file.name });
  return { ok: true, dataset: result.dataset, saved };
}
