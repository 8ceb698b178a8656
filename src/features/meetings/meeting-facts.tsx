import type { Dataset, Meeting } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';

/** Date, place, host and format of a meeting, saying "not stated" where the sources are silent. */
export function MeetingFacts({ meeting, dataset }: { meeting: Meeting; dataset: Dataset }) {
  const { t, locale } = useI18n();
  const host = dataset.dialogue.countries.find((c) => c.code === meeting.hostCountry);
  const format =
    meeting.virtual === null ? 'meetings.notStated' : meeting.virtual ? 'meetings.virtual' : 'meetings.inPerson';
  return (
    <dl className="facts">
      <div>
        <dt>{t('meetings.date')}</dt>
        <dd>
          <time dateTime={meeting.date}>{formatPartialDate(meeting.date, locale)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('meetings.place')}</dt>
        <dd>
          {meeting.city ?? t('meetings.notStated')}
          {meeting.venue && (
            <>
              {' · '}
              <Localized value={meeting.venue} />
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('meetings.host')}</dt>
        <dd>{host ? <Localized value={host.name} /> : t('meetings.notStated')}</dd>
      </div>
      <div>
        <dt>{t('meetings.format')}</dt>
        <dd>{t(format)}</dd>
      </div>
    </dl>
  );
}
