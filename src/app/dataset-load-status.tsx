import { useI18n } from '../i18n/i18n-context';
import type { DatasetFileLoad } from './use-load-dataset-file';

/** "Reading demo.json…" → "Checking demo.json…", with a progress bar, while a dataset file is being opened. */
export function DatasetLoadStatus({ load }: { load: DatasetFileLoad }) {
  const { t } = useI18n();
  if (load.phase !== 'reading' && load.phase !== 'validating') return null;
  const step = load.phase === 'reading' ? 1 : 2;
  return (
    <div className="byod-region">
      <div className="notice dataset-load-status" role="status">
        <p>
          {t(load.phase === 'reading' ? 'byod.progress.reading' : 'byod.progress.validating', { file: load.fileName })}
        </p>
        <progress max={3} value={step} aria-label={t('byod.progress.label')} />
      </div>
    </div>
  );
}
