import type { Meeting } from '../data/dataset-schema';
import { useI18n } from '../i18n/i18n-context';
import { Localized } from '../i18n/localized';

/** Where a meeting was held: "Virtual", its city in the reader's language, or that no source says. */
export function MeetingPlace({ meeting }: { meeting: Pick<Meeting, 'virtual' | 'city'> }) {
  const { t } = useI18n();
  if (meeting.virtual === true) return t('meetings.virtual');
  return meeting.city === null ? t('meetings.placeUnknown') : <Localized value={meeting.city} />;
}
