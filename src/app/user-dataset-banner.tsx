import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { activeDatasetQueryOptions, datasetKeys, type ActiveDataset } from '../data/dataset-query';
import { clearStoredDataset } from '../data/stored-dataset';
import { announceStoredDataset, watchStoredDataset, type StoredDatasetChange } from '../data/stored-dataset-channel';
import { useI18n } from '../i18n/pack-byod-notices';
import { isolateText } from '../model/isolate-text';
import { IsolatedText } from '../components/isolated-text';

/**
 * Says when the app shows a file the person opened rather than the HLED dataset, with the way back; that a file
 * saved on an earlier visit no longer passes the checks and was removed, or could not be read; and what another tab
 * did to the saved file since this one loaded. Loaded only when there is something to say (app-shell.tsx).
 */
export function UserDatasetBanner() {
  const { t, text } = useI18n();
  const queryClient = useQueryClient();
  const { data } = useQuery(activeDatasetQueryOptions());
  const [leaving, setLeaving] = useState(false);
  const [elsewhere, setElsewhere] = useState<StoredDatasetChange | null>(null);
  useEffect(() => watchStoredDataset(setElsewhere), []);

  const elsewhereNote =
    elsewhere === null
      ? null
      : elsewhere.kind === 'cleared'
        ? data?.origin === 'file' && t('byod.elsewhere.cleared')
        : t('byod.elsewhere.stored', { file: isolateText(`“${elsewhere.fileName}”`) });

  if (
    data?.origin === 'built-in' &&
    (data.discardedFileName !== undefined || data.storageUnreadable === true || elsewhereNote)
  ) {
    const dismiss = () => {
      const next: ActiveDataset = { origin: 'built-in', dataset: data.dataset };
      queryClient.setQueryData(datasetKeys.active, next);
      setElsewhere(null);
    };
    const message =
      data.discardedFileName !== undefined
        ? t('byod.discarded', { file: isolateText(`“${data.discardedFileName}”`) })
        : data.storageUnreadable === true
          ? t('byod.storageUnreadable')
          : elsewhereNote;
    return (
      <div className="byod-region">
        <div className="notice user-dataset-banner" role="status">
          <p>{message && <IsolatedText text={message} />}</p>
          <button type="button" className="button button--small" onClick={dismiss}>
            {t('byod.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  if (data?.origin !== 'file') return null;

  const goBack = async () => {
    setLeaving(true);
    setElsewhere(null);
    await clearStoredDataset();
    announceStoredDataset({ kind: 'cleared' });
    // Refetching keeps the file's data on screen until the built-in dataset has arrived: no flash of a skeleton.
    await queryClient.refetchQueries({ queryKey: datasetKeys.active, exact: true });
    setLeaving(false);
  };
  return (
    <div className="byod-region">
      <div className="notice user-dataset-banner" role="status">
        <p>
          <IsolatedText
            text={t('byod.banner', {
              dialogue: isolateText(text(data.dataset.dialogue.name).value),
              file: isolateText(`“${data.fileName}”`),
            })}
          />
          {!data.saved && elsewhere === null && <> {t('byod.banner.notSaved')}</>}
          {elsewhereNote && (
            <>
              {' '}
              <IsolatedText text={elsewhereNote} />
            </>
          )}
        </p>
        <button
          type="button"
          className="button button--small button--primary"
          disabled={leaving}
          onClick={() => void goBack()}
        >
          {t('byod.back')}
        </button>
      </div>
    </div>
  );
}
