import { memo } from 'react';
import type { Meeting } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { translatePlural } from '../../i18n/plural';
import { AppLink } from '../../components/app-link';
import { MeetingKindLabel } from '../../components/meeting-kind-label';
import { useWindowRows } from '../../components/use-window-rows';
import { VirtualGapItem } from '../../components/virtual-gap';

interface MeetingCounts {
  people: number;
  initiatives: number;
}

interface MeetingSeriesListProps {
  meetings: readonly Meeting[];
  counts: ReadonlyMap<string, MeetingCounts>;
  /** Virtualise this series' list: true when the page as a whole lists more meetings than is sensible to render. */
  virtual: boolean;
}

const MeetingRow = memo(function MeetingRow({
  meeting: m,
  counts,
}: {
  meeting: Meeting;
  counts: MeetingCounts | undefined;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <time dateTime={m.date} className="meeting-row__date">
        {formatPartialDate(m.date, locale, 'short')}
      </time>
      <div className="meeting-row__body">
        <h3>
          <AppLink to={`/meetings/${m.id}`}>
            <Localized value={m.title} />
          </AppLink>
        </h3>
        <p className="meeting-row__meta">
          <MeetingKindLabel kind={m.kind} />{' '}
          {m.virtual ? t('meetings.virtual') : (m.city ?? t('meetings.placeUnknown'))} ·{' '}
          {translatePlural(locale, 'count.people', counts?.people ?? 0)} ·{' '}
          {translatePlural(locale, 'count.initiatives', counts?.initiatives ?? 0)}
        </p>
      </div>
    </>
  );
});

/** One series' meetings, newest first, as a timeline list; a long list renders the rows near the screen only. */
export function MeetingSeriesList({ meetings, counts, virtual }: MeetingSeriesListProps) {
  const { slots, setListElement, measureRow } = useWindowRows<HTMLOListElement>({
    count: meetings.length,
    estimateSize: 84,
    virtual,
  });
  return (
    <ol className="meeting-list" ref={setListElement}>
      {slots.map((slot) => {
        if (slot.kind === 'gap') return <VirtualGapItem key={slot.key} size={slot.size} />;
        const m = meetings[slot.index];
        if (m === undefined) return null;
        return (
          <li
            key={m.id}
            className="meeting-row"
            ref={virtual ? measureRow : undefined}
            data-index={virtual ? slot.index : undefined}
            aria-posinset={virtual ? slot.index + 1 : undefined}
            aria-setsize={virtual ? meetings.length : undefined}
          >
            <MeetingRow meeting={m} counts={counts.get(m.id)} />
          </li>
        );
      })}
    </ol>
  );
}
