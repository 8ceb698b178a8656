import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { EmptyState } from '../../components/empty-state';
import { ChartFallback } from '../../components/chart-fallback';
import { DelegationRoster } from '../../components/delegation-roster';
import { selectMeetingDelegation } from '../../model/select-meeting-delegation';
import './delegations.css';

const DelegationCompositionPanel = lazy(() => import('../../components/charts/delegation-composition-panel'));

export function DelegationsView() {
  const { t, locale } = useI18n();
  const { filtered, pillarStyles, filters, setFilters } = useFilterState();
  const meetings = filtered.meetings
    .filter((m) => filtered.participations.some((p) => p.meeting === m.id))
    .sort((a, b) => b.date.localeCompare(a.date));

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
        meetings.map((m) => (
          <section key={m.id} className="card delegation-meeting" aria-labelledby={`del-${m.id}`}>
            <p className="eyebrow">
              {formatPartialDate(m.date, locale)} · {m.virtual ? t('meetings.virtual') : (m.city ?? t('meetings.placeUnknown'))}
            </p>
            <h2 id={`del-${m.id}`}>
              <AppLink to={`/meetings/${m.id}`}>
                <Localized value={m.title} />
              </AppLink>
            </h2>
            <DelegationRoster delegations={selectMeetingDelegation(filtered, m.id)} dataset={filtered} />
          </section>
        ))
      )}
    </article>
  );
}
