import { parseDatasetFileText, type DatasetFileResult } from './parse-dataset-file';

function isDatasetFileResult(value: unknown): value is DatasetFileResult {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

/**
 * Runs `parseDatasetFileText` in a Web Worker. Where there is no `Worker` (jsdom, very old browsers) or the worker
 * cannot start, it validates on the main thread instead: slower for a big file, but the same answer.
 */
export function validateDatasetFileText(text: string): Promise<DatasetFileResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(parseDatasetFileText(text));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./validate-dataset.worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: DatasetFileResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<unknown>) =>
      finish(isDatasetFileResult(event.data) ? event.data : parseDatasetFileText(text));
    // A worker that fails to load (blocked, unsupported) must not leave the file unchecked.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(parseDatasetFileText(text));
    };
    worker.postMessage(text);
  });
}
