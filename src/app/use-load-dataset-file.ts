import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { datasetKeys, type ActiveDataset } from '../data/dataset-query';
import type { DatasetFileFailure } from '../data/parse-dataset-file';
import type { OpenDatasetFileResult } from '../data/open-dataset-file';

export type DatasetFileLoad =
  | { phase: 'idle' }
  | { phase: 'reading' | 'validating'; fileName: string }
  | { phase: 'failed'; fileName: string; failure: DatasetFileFailure };

export interface DatasetFileLoader {
  load: DatasetFileLoad;
  openFile: (file: File) => void;
  dismiss: () => void;
}

/**
 * Opens a dataset file: size checks, read, validation off the main thread, then — only if it is valid — storage
 * for the next visit and a switch of the whole app to it. A failure leaves the dataset on screen untouched.
 */
export function useLoadDatasetFile(): DatasetFileLoader {
  const queryClient = useQueryClient();
  const [load, setLoad] = useState<DatasetFileLoad>({ phase: 'idle' });
  // Only the latest file counts when a person opens a second one before the first is checked.
  const latest = useRef(0);

  const openFile = useCallback(
    (file: File) => {
      const attempt = ++latest.current;
      const update = (next: DatasetFileLoad) => {
        if (attempt === latest.current) setLoad(next);
      };
      const fileName = file.name;
      const run = async () => {
        let result: OpenDatasetFileResult | null;
        try {
          // The reading, validating and storing code loads on first use: most visits never open a file.
          const { openDatasetFile } = await import('../data/open-dataset-file');
          result = await openDatasetFile(
            file,
            (phase) => update({ phase, fileName }),
            () => attempt === latest.current,
          );
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          return update({ phase: 'failed', fileName, failure: { kind: 'unreadable', detail } });
        }
        if (result === null || attempt !== latest.current) return;
        if (!result.ok) return update({ phase: 'failed', fileName, failure: result.failure });
        const active: ActiveDataset = { origin: 'file', dataset: result.dataset, fileName, saved: result.saved };
        queryClient.setQueryData(datasetKeys.active, active);
        update({ phase: 'idle' });
      };
      void run();
    },
    [queryClient],
  );

  const dismiss = useCallback(() => setLoad({ phase: 'idle' }), []);
  return { load, openFile, dismiss };
}
