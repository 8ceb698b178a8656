import type { Dataset } from '../data/dataset-schema';
import { useI18n } from '../i18n/i18n-context';
import { formatPartialDate } from '../i18n/format';
import { formatEditionLine } from '../model/format-edition-line';
import { selectDatasetStatus } from '../model/select-dataset-status';

/**
 * The dataset's edition, the day its status was checked up to, and the last meeting it records ("No meeting
 * recorded since April 2024"), so a reader citing the page knows how current it is. Nothing for a file without an
 * edition.
 */
export function DatasetEditionStatus({ dataset }: { dataset: Pick<Dataset, 'edition' | 'meetings'> }) {
  const { t, locale } = useI18n();
  const status = selectDatasetStatus(dataset);
  if (status === null) return null;
  return (
    <p className="dataset-edition muted">
      {formatEditionLine(status.edition, locale)}
      {status.lastMeeting !== null && (
        <> {t('edition.lastMeeting', { month: formatPartialDate(status.lastMeeting.slice(0, 7), locale) })}</>
      )}
    </p>
  );
}
