import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { translatePlural } from '../../i18n/plural';
import { useFilterState } from '../../components/filter-state';
import { AppLink } from '../../components/app-link';
import { EmptyState } from '../../components/empty-state';
import { ChartFallback } from '../../components/chart-fallback';
import { PillarLinkChip } from '../../components/pillar-link-chip';
import { SectorFilterToggle } from '../../components/sector-filter-toggle';
import './sectors.css';

const SectorPillarPanel = lazy(async () => ({
  default: (await import('../../components/charts/sector-pillar-panel')).SectorPillarPanel,
}));

export function SectorsView() {
  const { t, text, locale } = useI18n();
  const { filtered, dataset, pillarStyles, actions } = useFilterState();
  const pillars = new Map(dataset.pillars.map((p) => [p.id, p]));

  return (
    <article className="view">
      <header className="view__header">
        <h1>{t('sectors.title')}</h1>
        <p className="page-lead">{t('sectors.lead')}</p>
      </header>
      <Suspense fallback={<ChartFallback />}>
        <SectorPillarPanel
          dataset={filtered}
          frame={dataset}
          pillarStyles={pillarStyles}
          onSelectPillar={actions.addPillar}
          onSelectSector={actions.addSector}
        />
      </Suspense>
      {filtered.sectors.length === 0 ? (
        <EmptyState aspect="sectors" />
      ) : (
        <ul className="sector-grid">
          {filtered.sectors.map((sector) => (
            <li key={sector.id} className="card sector-card">
              <h2>
                <AppLink to={`/sectors/${sector.id}`}>
                  <Localized value={sector.name} />
                </AppLink>
              </h2>
              <p>
                <Localized value={sector.description} />
              </p>
              <ul
                className="sector-card__pillars"
                aria-label={t('sectors.pillarsOf', { name: text(sector.name).value })}
              >
                {sector.pillarLinks.map((link) => (
                  <li key={link.pillar}>
                    <PillarLinkChip pillar={pillars.get(link.pillar)} link={link} />
                  </li>
                ))}
              </ul>
              <p className="sector-card__stats">
                {translatePlural(
                  locale,
                  'count.initiatives',
                  filtered.initiatives.filter((n) => n.sectors.includes(sector.id)).length,
                )}
              </p>
              <SectorFilterToggle sectorId={sector.id} name={text(sector.name).value} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
