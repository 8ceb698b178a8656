import { useId, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { MAX_DATASET_FILE_MB } from '../data/parse-dataset-file';

/** "Open dataset…": a native file input, visually replaced by its label so it keeps keyboard and screen-reader use. */
export function OpenDatasetButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useI18n();
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    event.currentTarget.value = '';
    if (file) onFile(file);
  };
  return (
    <span className="open-dataset">
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        className="open-dataset__input"
        aria-describedby={`${id}-hint`}
        onChange={onChange}
      />
      <label htmlFor={id} className="button button--small open-dataset__label">
        {t('byod.open')}
      </label>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('byod.open.hint', { limit: MAX_DATASET_FILE_MB })}
      </span>
    </span>
  );
}
