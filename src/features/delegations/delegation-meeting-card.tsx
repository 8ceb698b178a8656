import { memo, useMemo } from 'react';
import type { Dataset, Meeting, Participation } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { AppLink } from '../../components/app-link';
import { DelegationRoster } from '../../components/delegation-roster';
import { selectMeetingDelegation } from '../../model/select-meeting-delegation';
import { sameItems } from '../../model/same-items';
import { toRecordElementId } from '../../model/element-id';

interface DelegationMeetingCardProps {
  meeting: Meeting;
  /** The meeting's participations to list (those the filters keep), in dataset order. */
  participations: readonly Participation[];
  /** The whole dataset, where people and organisations are looked up. */
  dataset: Dataset;
}

/**
 * One meeting and who sat at the table for it. Memoised on the participations listed, compared item by item: a
 * filter change hands each card a new list, and a card whose people did not change skips rendering.
 */
export const DelegationMeetingCard = memo(
  function DelegationMeetingCard({ meeting, participations, dataset }: DelegationMeetingCardProps) {
    const { t, locale } = useI18n();
    const delegations = useMemo(
      () => selectMeetingDelegation(dataset, meeting.id, participations),
      [dataset, meeting.id, participations],
    );
    const headingId = toRecordElementId('delegation', meeting.id);
    return (
      // Named by its heading and its date: two meetings may share a title ("Mid-year review"), and two regions
      // with one name are one landmark too many (axe's landmark-unique).
      <section className="card delegation-meeting" aria-labelledby={`${headingId} ${headingId}-when`}>
        <p className="eyebrow" id={`${headingId}-when`}>
          {formatPartialDate(meeting.date, locale)} ·{' '}
          {meeting.virtual ? t('meetings.virtual') : (meeting.city ?? t('meetings.placeUnknown'))}
        </p>
        <h2 id={headingId}>
          <AppLink to={`/meetings/${meeting.id}`}>
            <Localized value={meeting.title} />
          </AppLink>
        </h2>
        <DelegationRoster delegations={delegations} countries={dataset.dialogue.countries} />
      </section>
    );
  },
  (prev, next) =>
    prev.meeting === next.meeting &&
    prev.dataset === next.dataset &&
    sameItems(prev.participations, next.participations),
);
