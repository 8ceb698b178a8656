import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useFilterState } from '../../components/filter-state';
import { useDeferredFilterState } from '../../components/use-deferred-filter-state';
import { EmptyState } from '../../components/empty-state';
import { ChartFallback } from '../../components/chart-fallback';
import { groupParticipationsByMeeting } from '../../model/record-indexes';
import { useWindowRows, VIRTUALIZE_ABOVE } from '../../components/use-window-rows';
import { VirtualGapItem } from '../../components/virtual-gap';
import type { Dataset, Participation } from '../../data/dataset-schema';
import { DelegationMeetingCard } from './delegation-meeting-card';
import './delegations.css';

const DelegationCompositionPanel = lazy(async () => ({
  default: (await import('../../components/charts/delegation-composition-panel')).DelegationCompositionPanel,
}));

/** The meetings someone is listed for, newest first, with their participations. */
function seatedMeetings(dataset: Dataset) {
  const seats = groupParticipationsByMeeting(dataset.participations);
  const meetings = dataset.meetings.filter((m) => seats.has(m.id)).sort((a, b) => b.date.localeCompare(a.date));
  return { meetings, seats };
}

/** What makes a page of rosters long is the meetings and the people listed (a card holds its whole delegation). */
const isLong = (meetings: number, participations: number) =>
  meetings > VIRTUALIZE_ABOVE || participations > VIRTUALIZE_ABOVE;

const NONE: readonly Participation[] = [];

export function DelegationsView() {
  const { t } = useI18n();
  const { pillarStyles, actions } = useFilterState();
  // A render behind the filter bar from the shipped dataset (useDeferredFilterState): "Clear all" shows every card.
  const { filtered, filters, dataset, stale } = useDeferredFilterState();
  const all = useMemo(() => seatedMeetings(dataset), [dataset]);
  const shown = useMemo(() => seatedMeetings(filtered), [filtered]);
  // A short list (the shipped dataset's) keeps every meeting's card in the page and hides those the filters leave
  // out: a card hidden holds the whole delegation, so "Clear all" shows cards already made instead of making them
  // all again. A long one renders only the filtered meetings, and only those near the screen past VIRTUALIZE_ABOVE.
  const keepAll = !isLong(all.meetings.length, dataset.participations.length);
  const listed = keepAll ? all.meetings : shown.meetings;
  const virtual = !keepAll && isLong(shown.meetings.length, filtered.participations.length);
  const { slots, setListElement, measureRow } = useWindowRows<HTMLOListElement>({
    count: listed.length,
    estimateSize: 320,
    virtual,
  });
  const shownIds = useMemo(() => new Set(shown.meetings.map((m) => m.id)), [shown]);

  return (
    <article className="view">
      <header className="view__header">
        <h1>{t('delegations.title')}</h1>
        <p className="page-lead">{t('delegations.lead')}</p>
      </header>
      <Suspense fallback={<ChartFallback />}>
        <DelegationCompositionPanel
          dataset={filtered}
          frame={dataset}
          pillarStyles={pillarStyles}
          onSelectMeeting={actions.setMeeting}
        />
      </Suspense>
      {shown.meetings.length === 0 && <EmptyState aspect="delegations" shown={{ filtered, filters }} />}
      <ol
        className="delegation-meetings"
        ref={setListElement}
        hidden={shown.meetings.length === 0}
        aria-busy={stale || undefined}
      >
        {slots.map((slot) => {
          if (slot.kind === 'gap') return <VirtualGapItem key={slot.key} size={slot.size} />;
          const m = listed[slot.index];
          if (m === undefined) return null;
          const kept = shownIds.has(m.id);
          return (
            <li
              key={m.id}
              hidden={!kept}
              ref={virtual ? measureRow : undefined}
              data-index={virtual ? slot.index : undefined}
              aria-posinset={virtual ? slot.index + 1 : undefined}
              aria-setsize={virtual ? listed.length : undefined}
            >
              <DelegationMeetingCard
                meeting={m}
                participations={(kept ? shown.seats.get(m.id) : all.seats.get(m.id)) ?? NONE}
                dataset={dataset}
              />
            </li>
          );
        })}
      </ol>
    </article>
  );
}
