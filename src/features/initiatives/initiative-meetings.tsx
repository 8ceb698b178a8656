import type { Dataset, Initiative } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-initiatives';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { AppLink } from '../../components/app-link';
import { NoneRecorded } from './none-recorded';

/** The meetings that announced or reviewed an initiative, in date order. */
export function InitiativeMeetings({ initiative, dataset }: { initiative: Initiative; dataset: Dataset }) {
  const { t, locale } = useI18n();
  const meetings = initiative.meetings
    .flatMap(({ meeting, relation }) => {
      const record = dataset.meetings.find((m) => m.id === meeting);
      return record ? [{ record, relation }] : [];
    })
    .sort((a, b) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : 0));
  if (meetings.length === 0) return <NoneRecorded />;
  return (
    <ul className="plain-list">
      {meetings.map(({ record, relation }) => (
        <li key={record.id}>
          <AppLink to={`/meetings/${record.id}`}>
            <Localized value={record.title} />
          </AppLink>{' '}
          <span className="muted">
            · <time dateTime={record.date}>{formatPartialDate(record.date, locale)}</time> ·{' '}
            {t(`initiatives.relation.${relation}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
