import { Suspense, useMemo } from 'react';
import { lazyPreloaded } from '../../components/lazy-preloaded';
import { ChartFallback } from '../../components/chart-fallback';
import { useFilterState } from '../../components/filter-state';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';
import { FiguresSlideBody } from './figures-slide-body';
import { FitToHeight } from './fit-to-height';
import { SourcesSlideBody } from './sources-slide-body';
import { TableSlideBody } from './table-slide-body';

// recharts is the heaviest dependency, off the other views: the chart slides' code is fetched as soon as the
// deck's is here, so that a chart slide a filter choice brings into the deck renders with it.
const SectorPillarPanel = lazyPreloaded(
  async () => (await import('../../components/charts/sector-pillar-panel')).SectorPillarPanel,
);
const MeetingsTimelinePanel = lazyPreloaded(
  async () => (await import('../../components/charts/meetings-timeline-panel')).MeetingsTimelinePanel,
);
// A failed fetch is tried again when a chart slide renders (and reaches the error boundary from there).
void Promise.all([SectorPillarPanel.preload(), MeetingsTimelinePanel.preload()]).catch(() => undefined);

/** A chart slide: the dashboard's own chart, drawn on what the deck model kept (its pillars and sectors). */
function ChartSlideBody({ slide }: { slide: Extract<BriefingSlide, { kind: 'chart' }> }) {
  const { filtered, pillarStyles } = useFilterState();
  const { view, pillarIds, sectorIds } = slide.chart;
  const dataset = useMemo(() => {
    if (view === 'timeline') return filtered;
    const pillars = new Set(pillarIds);
    const sectors = new Set(sectorIds);
    return {
      ...filtered,
      pillars: filtered.pillars.filter((p) => pillars.has(p.id)),
      sectors: filtered.sectors.filter((s) => sectors.has(s.id)),
    };
  }, [filtered, view, pillarIds, sectorIds]);
  const Panel = view === 'sector-pillar' ? SectorPillarPanel : MeetingsTimelinePanel;
  return (
    <>
      <p className="briefing-slide__lead briefing-slide__lead--chart">{slide.lead}</p>
      <FitToHeight>
        <Suspense fallback={<ChartFallback />}>
          <Panel dataset={dataset} pillarStyles={pillarStyles} headingLevel={3} />
        </Suspense>
      </FitToHeight>
    </>
  );
}

/** The part of a slide under its title band, by kind. */
export function SlideBody({ slide }: { slide: BriefingSlide }) {
  switch (slide.kind) {
    case 'title':
      return null;
    case 'figures':
      return <FiguresSlideBody slide={slide} />;
    case 'table':
      return <TableSlideBody slide={slide} />;
    case 'chart':
      return <ChartSlideBody slide={slide} />;
    case 'sources':
      return <SourcesSlideBody slide={slide} />;
  }
}
