import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { useFilterState } from '../../components/filter-state';
import { EmptyState } from '../../components/empty-state';
import { ChartFallback } from '../../components/chart-fallback';
import { PillarCard } from './pillar-card';
import './pillars.css';
import { toRecordElementId } from '../../model/element-id';

const InitiativesByPillarPanel = lazy(async () => ({
  default: (await import('../../components/charts/initiatives-by-pillar-panel')).InitiativesByPillarPanel,
}));

/**
 * Past this many cards (the shipped dataset has 13; a 100× one 130), cards far off screen are skipped by layout
 * (pillars.css): showing them all again was most of a "Clear all" at 100×.
 */
const LONG_GRID = 40;

export function PillarsView() {
  const { t } = useI18n();
  const { filtered, dataset, pillarStyles, actions } = useFilterState();
  const series = useMemo(() => [...dataset.series].sort((a, b) => b.startYear - a.startYear), [dataset.series]);
  const selectPillar = actions.addPillar;
  const listed = filtered.pillars;
  const counts = useMemo(() => {
    const sectors = new Map<string, number>();
    const initiatives = new Map<string, number>();
    const add = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
    for (const sector of filtered.sectors) {
      for (const id of new Set(sector.pillarLinks.map((l) => l.pillar))) add(sectors, id);
    }
    for (const initiative of filtered.initiatives) {
      for (const id of new Set(initiative.pillars.map((l) => l.pillar))) add(initiatives, id);
    }
    return { sectors, initiatives };
  }, [filtered.sectors, filtered.initiatives]);

  return (
    <article className="view">
      <header className="view__header">
        <h1>{t('pillars.title')}</h1>
        <p className="page-lead">{t('pillars.lead')}</p>
      </header>
      {listed.length === 0 && <EmptyState aspect="pillars" />}
      {series.map((s) => {
        const pillars = listed.filter((p) => p.series === s.id);
        if (pillars.length === 0) return null;
        return (
          <PillarSeries
            key={s.id}
            seriesId={s.id}
            heading={
              <>
                <Localized value={s.name} />{' '}
                <span className="pillar-series__years">
                  {s.endYear === null
                    ? t('pillars.since', { start: String(s.startYear) })
                    : `${s.startYear}–${s.endYear}`}
                </span>
              </>
            }
            long={listed.length > LONG_GRID}
          >
            {pillars.map((p) => (
              <PillarCard
                key={p.id}
                pillar={p}
                sectorCount={counts.sectors.get(p.id) ?? 0}
                initiativeCount={counts.initiatives.get(p.id) ?? 0}
              />
            ))}
          </PillarSeries>
        );
      })}
      <Suspense fallback={<ChartFallback />}>
        <InitiativesByPillarPanel
          dataset={filtered}
          frame={dataset}
          pillarStyles={pillarStyles}
          onSelectPillar={selectPillar}
        />
      </Suspense>
    </article>
  );
}

interface PillarSeriesProps {
  seriesId: string;
  heading: ReactNode;
  /** A long page's grid: cards far off screen are skipped by layout (pillars.css). */
  long: boolean;
  children: ReactNode;
}

/** A series' pillars under its name and years. */
function PillarSeries({ seriesId, heading, long, children }: PillarSeriesProps) {
  return (
    <section className="pillar-series" aria-labelledby={toRecordElementId('pillar-series', seriesId)}>
      <h2 id={toRecordElementId('pillar-series', seriesId)}>{heading}</h2>
      <ul className={long ? 'pillar-grid pillar-grid--long' : 'pillar-grid'}>{children}</ul>
    </section>
  );
}
