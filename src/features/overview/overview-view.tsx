import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { useFilterState } from '../../components/filter-state';
import { ChartFallback } from '../../components/chart-fallback';
import { MountWhenNear } from '../../components/mount-when-near';
import { CitationMarker } from '../../components/citation/citation-marker';
import { DatasetEditionStatus } from '../../components/dataset-edition-status';
import { selectLatestMinisterial } from '../../model/select-latest-ministerial';
import { HeadlineStats } from './headline-stats';
import { MinisterialSpotlight } from './ministerial-spotlight';
import './overview.css';
import { isolateText } from '../../model/isolate-text';
import { IsolatedText } from '../../components/isolated-text';

// Charts load after the first screen (recharts is the heaviest dependency), and each only once it comes near the
// viewport: on a phone they are below the fold, and drawing them is the most expensive work on this page.
const SectorPillarPanel = lazy(async () => ({
  default: (await import('../../components/charts/sector-pillar-panel')).SectorPillarPanel,
}));
const MeetingsTimelinePanel = lazy(async () => ({
  default: (await import('../../components/charts/meetings-timeline-panel')).MeetingsTimelinePanel,
}));
const IndicatorPanel = lazy(async () => ({
  default: (await import('../../components/charts/indicator-panel')).IndicatorPanel,
}));
// Only an emptied overview shows it: kept off the first screen, but mounted from it, so that the choice that empties
// the overview shows it in the same render (mounted only then, it appeared about 300 ms late; decision 004).
const OverviewEmptyState = lazy(async () => ({
  default: (await import('./overview-empty-state')).OverviewEmptyState,
}));

export function OverviewView() {
  const { dataset, filtered, pillarStyles, actions } = useFilterState();
  const { t, text, locale } = useI18n();
  const { dialogue } = dataset;
  const latest = selectLatestMinisterial(filtered.meetings);
  const { addPillar, addSector, setMeeting: selectMeeting } = actions;

  return (
    <article className="view overview">
      <header className="view__header">
        <p className="eyebrow">
          <bdi>
            <Localized value={dialogue.shortName} />
          </bdi>{' '}
          · {t('overview.established', { date: formatPartialDate(dialogue.established, locale) })}
          <CitationMarker citations={dialogue.citations} />
        </p>
        <h1>
          <Localized value={dialogue.name} />
        </h1>
        <p className="page-lead">
          <IsolatedText text={t('overview.lead', { dialogue: isolateText(text(dialogue.shortName).value) })} />
        </p>
        <DatasetEditionStatus dataset={dataset} />
      </header>
      <HeadlineStats
        stats={[
          { label: 'overview.stat.meetings', value: filtered.meetings.length },
          { label: 'overview.stat.pillars', value: filtered.pillars.length },
          { label: 'overview.stat.sectors', value: filtered.sectors.length },
          { label: 'overview.stat.initiatives', value: filtered.initiatives.length },
          { label: 'overview.stat.people', value: filtered.people.length },
        ]}
      />
      <Suspense fallback={null}>
        <OverviewEmptyState />
      </Suspense>
      <div className="overview__grid">
        <MountWhenNear placeholder={<ChartFallback shape="matrix" />}>
          <Suspense fallback={<ChartFallback shape="matrix" />}>
            <SectorPillarPanel
              dataset={filtered}
              frame={dataset}
              pillarStyles={pillarStyles}
              headingLevel={2}
              onSelectPillar={addPillar}
              onSelectSector={addSector}
            />
          </Suspense>
        </MountWhenNear>
        {latest && <MinisterialSpotlight meeting={latest} />}
      </div>
      <MountWhenNear placeholder={<ChartFallback shape="timeline" />}>
        <Suspense fallback={<ChartFallback shape="timeline" />}>
          <MeetingsTimelinePanel
            dataset={filtered}
            frame={dataset}
            pillarStyles={pillarStyles}
            headingLevel={2}
            onSelectMeeting={selectMeeting}
          />
        </Suspense>
      </MountWhenNear>
      <MountWhenNear placeholder={<ChartFallback shape="indicator" />}>
        <Suspense fallback={<ChartFallback shape="indicator" />}>
          <IndicatorPanel dataset={filtered} pillarStyles={pillarStyles} headingLevel={2} />
        </Suspense>
      </MountWhenNear>
      <section className="card overview__about" aria-labelledby="about-title">
        <h2 id="about-title">{t('overview.about')}</h2>
        <p>
          <Localized value={dialogue.description} />
        </p>
      </section>
    </article>
  );
}
