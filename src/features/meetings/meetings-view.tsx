import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { translatePlural } from '../../i18n/plural';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { EmptyState } from '../../components/empty-state';
import { ChartFallback } from '../../components/chart-fallback';
import { MeetingKindLabel } from '../../components/meeting-kind-label';
import './meetings.css';

const MeetingsTimelinePanel = lazy(() => import('../../components/charts/meetings-timeline-panel'));

export function MeetingsView() {
  const { t, locale } = useI18n();
  const { filtered, dataset, pillarStyles, filters, setFilters } = useFilterState();
  const series = [...dataset.series].sort((a, b) => b.startYear - a.startYear);

  return (
    <article className="view">
      <header className="view__header">
        <h1>{t('meetings.title')}</h1>
        <p className="page-lead">{t('meetings.lead')}</p>
      </header>
      <Suspense fallback={<ChartFallback />}>
        <MeetingsTimelinePanel
          dataset={filtered}
          pillarStyles={pillarStyles}
          onSelectMeeting={(id: string) => setFilters({ ...filters, meeting: id })}
        />
      </Suspense>
      {filtered.meetings.length === 0 && <EmptyState />}
      {series.map((s) => {
        const meetings = filtered.meetings.filter((m) => m.series === s.id).sort((a, b) => b.date.localeCompare(a.date));
        if (meetings.length === 0) return null;
        return (
          <section key={s.id} aria-labelledby={`ms-${s.id}`} className="meeting-series">
            <h2 id={`ms-${s.id}`}>
              <Localized value={s.name} />
            </h2>
            <ol className="meeting-list">
              {meetings.map((m) => (
                <li key={m.id} className="meeting-row">
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
                      {translatePlural(locale, 'count.people', filtered.participations.filter((p) => p.meeting === m.id).length)} ·{' '}
                      {translatePlural(
                        locale,
                        'count.initiatives',
                        filtered.initiatives.filter((n) => n.meetings.some((x) => x.meeting === m.id)).length,
                      )}
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </article>
  );
}
