import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { useFilterState } from '../../components/filter-state';
import { EmptyState } from '../../components/empty-state';
import { ChartFallback } from '../../components/chart-fallback';
import { PillarCard } from './pillar-card';
import './pillars.css';

const InitiativesByPillarPanel = lazy(() => import('../../components/charts/initiatives-by-pillar-panel'));

export function PillarsView() {
  const { t } = useI18n();
  const { filtered, dataset, pillarStyles, filters, setFilters } = useFilterState();
  const series = [...dataset.series].sort((a, b) => b.startYear - a.startYear);
  const selectPillar = (id: string) =>
    !filters.pillars.includes(id) && setFilters({ ...filters, pillars: [...filters.pillars, id] });

  return (
    <article className="view">
      <header className="view__header">
        <h1>{t('pillars.title')}</h1>
        <p className="page-lead">{t('pillars.lead')}</p>
      </header>
      {filtered.pillars.length === 0 ? (
        <EmptyState />
      ) : (
        series.map((s) => {
          const pillars = filtered.pillars.filter((p) => p.series === s.id);
          if (pillars.length === 0) return null;
          return (
            <section key={s.id} className="pillar-series" aria-labelledby={`series-${s.id}`}>
              <h2 id={`series-${s.id}`}>
                <Localized value={s.name} />{' '}
                <span className="pillar-series__years">
                  {s.endYear === null ? t('pillars.since', { start: String(s.startYear) }) : `${s.startYear}–${s.endYear}`}
                </span>
              </h2>
              <ul className="pillar-grid">
                {pillars.map((p) => (
                  <PillarCard
                    key={p.id}
                    pillar={p}
                    sectorCount={filtered.sectors.filter((sec) => sec.pillarLinks.some((l) => l.pillar === p.id)).length}
                    initiativeCount={filtered.initiatives.filter((n) => n.pillars.some((l) => l.pillar === p.id)).length}
                  />
                ))}
              </ul>
            </section>
          );
        })
      )}
      <Suspense fallback={<ChartFallback />}>
        <InitiativesByPillarPanel dataset={filtered} pillarStyles={pillarStyles} onSelectPillar={selectPillar} />
      </Suspense>
    </article>
  );
}
