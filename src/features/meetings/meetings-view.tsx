import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { useFilterState } from '../../components/filter-state';
import { EmptyState } from '../../components/empty-state';
import { ChartFallback } from '../../components/chart-fallback';
import { VIRTUALIZE_ABOVE } from '../../components/use-window-rows';
import { groupInitiativesByMeeting, groupParticipationsByMeeting } from '../../model/record-indexes';
import { MeetingSeriesList } from './meeting-series-list';
import './meetings.css';
import { toRecordElementId } from '../../model/element-id';

const MeetingsTimelinePanel = lazy(async () => ({
  default: (await import('../../components/charts/meetings-timeline-panel')).MeetingsTimelinePanel,
}));

export function MeetingsView() {
  const { t } = useI18n();
  const { filtered, dataset, pillarStyles, actions } = useFilterState();
  const bySeries = useMemo(
    () =>
      [...dataset.series]
        .sort((a, b) => b.startYear - a.startYear)
        .map((series) => ({
          series,
          meetings: filtered.meetings
            .filter((m) => m.series === series.id)
            .sort((a, b) => b.date.localeCompare(a.date)),
        }))
        .filter(({ meetings }) => meetings.length > 0),
    [dataset.series, filtered.meetings],
  );
  const counts = useMemo(() => {
    const seats = groupParticipationsByMeeting(filtered.participations);
    const initiatives = groupInitiativesByMeeting(filtered.initiatives);
    return new Map(
      filtered.meetings.map((m) => [
        m.id,
        { people: seats.get(m.id)?.length ?? 0, initiatives: initiatives.get(m.id)?.length ?? 0 },
      ]),
    );
  }, [filtered]);

  return (
    <article className="view">
      <header className="view__header">
        <h1>{t('meetings.title')}</h1>
        <p className="page-lead">{t('meetings.lead')}</p>
      </header>
      <Suspense fallback={<ChartFallback />}>
        <MeetingsTimelinePanel
          dataset={filtered}
          frame={dataset}
          pillarStyles={pillarStyles}
          onSelectMeeting={actions.setMeeting}
        />
      </Suspense>
      {filtered.meetings.length === 0 && <EmptyState aspect="meetings" />}
      {bySeries.map(({ series: s, meetings }) => (
        <section key={s.id} aria-labelledby={toRecordElementId('meeting-series', s.id)} className="meeting-series">
          <h2 id={toRecordElementId('meeting-series', s.id)}>
            <Localized value={s.name} />
          </h2>
          <MeetingSeriesList
            meetings={meetings}
            counts={counts}
            virtual={filtered.meetings.length > VIRTUALIZE_ABOVE}
          />
        </section>
      ))}
    </article>
  );
}
