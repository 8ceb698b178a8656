import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { activeDatasetQueryOptions, datasetKeys, type ActiveDataset } from '../data/dataset-query';
import { clearStoredDataset } from '../data/stored-dataset';
import { useI18n } from '../i18n/i18n-context';

/**
 * Says when the app shows a file the person opened rather than the HLED dataset, with the way back; or that a file
 * saved on an earlier visit no longer passes the checks and was removed.
 */
export function UserDatasetBanner() {
  const { t, text } = useI18n();
  const queryClient = useQueryClient();
  const { data } = useQuery(activeDatasetQueryOptions());
  const [leaving, setLeaving] = useState(false);

  if (data?.origin === 'built-in' && data.discardedFileName !== undefined) {
    const dismiss = () => {
      const next: ActiveDataset = { origin: 'built-in', dataset: data.dataset };
      queryClient.setQueryData(datasetKeys.active, next);
    };
    return (
      <div className="byod-region">
        <div className="notice user-dataset-banner" role="status">
          <p>{t('byod.discarded', { file: `“${data.discardedFileName}”` })}</p>
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
    await clearStoredDataset();
    // Refetching keeps the file's data on screen until the built-in dataset has arrived: no flash of a skeleton.
    await queryClient.refetchQueries({ queryKey: datasetKeys.active, exact: true });
    setLeaving(false);
  };
  return (
    <div className="byod-region">
      <div className="notice user-dataset-banner" role="status">
        <p>
          {t('byod.banner', { dialogue: text(data.dataset.dialogue.name).value, file: `“${data.fileName}”` })}
          {!data.saved && <> {t('byod.banner.notSaved')}</>}
        </p>
        <button type="button" className="button button--small button--primary" disabled={leaving} onClick={() => void goBack()}>
          {t('byod.back')}
        </button>
      </div>
    </div>
  );
}
