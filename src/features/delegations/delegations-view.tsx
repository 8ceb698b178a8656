import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { EmptyState } from '../../components/empty-state';
import { ChartFallback } from '../../components/chart-fallback';
import { DelegationRoster } from '../../components/delegation-roster';
import { selectMeetingDelegation } from '../../model/select-meeting-delegation';
import { groupParticipationsByMeeting } from '../../model/record-indexes';
import { useWindowRows, VIRTUALIZE_ABOVE } from '../../components/use-window-rows';
import { VirtualGapItem } from '../../components/virtual-gap';
import './delegations.css';

const DelegationCompositionPanel = lazy(() => import('../../components/charts/delegation-composition-panel'));

export function DelegationsView() {
  const { t, locale } = useI18n();
  const { filtered, pillarStyles, filters, setFilters } = useFilterState();
  const meetings = useMemo(() => {
    const seated = groupParticipationsByMeeting(filtered.participations);
    return filtered.meetings.filter((m) => seated.has(m.id)).sort((a, b) => b.date.localeCompare(a.date));
  }, [filtered]);
  // A long page of rosters renders the meetings near the screen only; each card is measured as it renders. What
  // makes it long is the people listed (a meeting's card holds its whole delegation), so it counts them too.
  const { virtual, slots, setListElement, measureRow } = useWindowRows<HTMLOListElement>({
    count: meetings.length,
    estimateSize: 320,
    virtual: meetings.length > VIRTUALIZE_ABOVE || filtered.participations.length > VIRTUALIZE_ABOVE,
  });

  return (
    <article className="view">
      <header className="view__header">
        <h1>{t('delegations.title')}</h1>
        <p className="page-lead">{t('delegations.lead')}</p>
      </header>
      <Suspense fallback={<ChartFallback />}>
        <DelegationCompositionPanel
          dataset={filtered}
          pillarStyles={pillarStyles}
          onSelectMeeting={(id: string) => setFilters({ ...filters, meeting: id })}
        />
      </Suspense>
      {meetings.length === 0 ? (
        <EmptyState />
      ) : (
        <ol className="delegation-meetings" ref={setListElement}>
          {slots.map((slot) => {
            if (slot.kind === 'gap') return <VirtualGapItem key={slot.key} size={slot.size} />;
            const m = meetings[slot.index];
            if (m === undefined) return null;
            return (
              <li
                key={m.id}
                ref={virtual ? measureRow : undefined}
                data-index={virtual ? slot.index : undefined}
                aria-posinset={virtual ? slot.index + 1 : undefined}
                aria-setsize={virtual ? meetings.length : undefined}
              >
                <section className="card delegation-meeting" aria-labelledby={`del-${m.id}`}>
                  <p className="eyebrow">
                    {formatPartialDate(m.date, locale)} ·{' '}
                    {m.virtual ? t('meetings.virtual') : (m.city ?? t('meetings.placeUnknown'))}
                  </p>
                  <h2 id={`del-${m.id}`}>
                    <AppLink to={`/meetings/${m.id}`}>
                      <Localized value={m.title} />
                    </AppLink>
                  </h2>
                  <DelegationRoster delegations={selectMeetingDelegation(filtered, m.id)} dataset={filtered} />
                </section>
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
