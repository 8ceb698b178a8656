import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/pack-byod-notices';
import { ProblemList } from '../components/problem-list';
import { MAX_DATASET_FILE_MB, type DatasetFileFailure } from '../data/parse-dataset-file';

function useFailureMessage(fileName: string, failure: DatasetFileFailure): string {
  const { t } = useI18n();
  const file = `“${fileName}”`;
  switch (failure.kind) {
    case 'too-large':
      return t('byod.failed.tooLarge', {
        file,
        size: Math.round((failure.size / (1024 * 1024)) * 10) / 10,
        limit: MAX_DATASET_FILE_MB,
      });
    case 'empty':
      return t('byod.failed.empty', { file });
    case 'not-json':
      return t('byod.failed.notJson', { file, detail: failure.detail });
    case 'unreadable':
      return t('byod.failed.unreadable', { file, detail: failure.detail });
    case 'not-text':
      if (failure.encoding !== 'utf-8') return t('byod.failed.notUtf16', { file });
      return failure.offset === null || failure.byte === null
        ? t('byod.failed.notUtf8', { file })
        : t('byod.failed.notUtf8At', {
            file,
            byte: `0x${failure.byte.toString(16).toUpperCase().padStart(2, '0')}`,
            offset: failure.offset,
          });
    case 'invalid':
      return t('byod.failed.invalid', { file, count: failure.problems.length });
  }
}

/** Why an opened file was refused — every schema problem with its JSON path — and that nothing changed. */
export function DatasetLoadProblemsPanel({
  fileName,
  failure,
  onDismiss,
}: {
  fileName: string;
  failure: DatasetFileFailure;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const message = useFailureMessage(fileName, failure);
  const panel = useRef<HTMLElement>(null);
  // Focus goes to the news so keyboard and screen-reader users land on it, not somewhere behind it.
  useEffect(() => panel.current?.focus(), [failure]);
  return (
    <div className="byod-region">
      <section ref={panel} className="error-panel" role="alert" aria-labelledby="byod-problems-title" tabIndex={-1}>
        <h2 id="byod-problems-title">{t('byod.failed.title')}</h2>
        <p>{message}</p>
        {failure.kind === 'invalid' && <ProblemList problems={failure.problems} />}
        <p>{t('byod.failed.unchanged')}</p>
        <button type="button" className="button" onClick={onDismiss}>
          {t('byod.dismiss')}
        </button>
      </section>
    </div>
  );
}
