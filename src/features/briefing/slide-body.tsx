import { lazy, Suspense } from 'react';
import { ChartFallback } from '../../components/chart-fallback';
import { useFilterState } from '../../components/filter-state';
import type { BriefingSlide } from '../../model/build-briefing-deck';
import { DelegationsSlideBody } from './delegations-slide-body';
import { FiguresSlideBody } from './figures-slide-body';
import { FitToHeight } from './fit-to-height';
import { InitiativesSlideBody } from './initiatives-slide-body';
import { PillarsSlideBody } from './pillars-slide-body';
import { SourcesSlideBody } from './sources-slide-body';

// recharts is the heaviest dependency: the chart slides load it when the deck first shows them.
const SectorPillarPanel = lazy(() => import('../../components/charts/sector-pillar-panel'));
const MeetingsTimelinePanel = lazy(() => import('../../components/charts/meetings-timeline-panel'));

/** The part of a slide under its title band, by kind. */
export function SlideBody({ slide }: { slide: BriefingSlide }) {
  const { filtered, pillarStyles } = useFilterState();
  switch (slide.kind) {
    case 'title':
      return null;
    case 'figures':
      return <FiguresSlideBody slide={slide} />;
    case 'pillars':
      return <PillarsSlideBody slide={slide} />;
    case 'delegations':
      return <DelegationsSlideBody slide={slide} />;
    case 'initiatives':
      return <InitiativesSlideBody slide={slide} />;
    case 'sources':
      return <SourcesSlideBody slide={slide} />;
    case 'sectors':
    case 'timeline': {
      const Panel = slide.kind === 'sectors' ? SectorPillarPanel : MeetingsTimelinePanel;
      return (
        <FitToHeight>
          <Suspense fallback={<ChartFallback />}>
            <Panel dataset={filtered} pillarStyles={pillarStyles} headingLevel={3} />
          </Suspense>
        </FitToHeight>
      );
    }
  }
}
