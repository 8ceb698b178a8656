import { lazy, Suspense } from 'react';
import type { Dataset } from '../../data/dataset-schema';
import type { EmbedChartId } from '../../model/embed-charts';
import type { PillarStyle } from '../../model/select-pillar-colors';
import { ChartFallback } from '../../components/chart-fallback';

const SectorPillarPanel = lazy(async () => ({
  default: (await import('../../components/charts/sector-pillar-panel')).SectorPillarPanel,
}));
const InitiativesByPillarPanel = lazy(async () => ({
  default: (await import('../../components/charts/initiatives-by-pillar-panel')).InitiativesByPillarPanel,
}));
const MeetingsTimelinePanel = lazy(async () => ({
  default: (await import('../../components/charts/meetings-timeline-panel')).MeetingsTimelinePanel,
}));
const DelegationCompositionPanel = lazy(async () => ({
  default: (await import('../../components/charts/delegation-composition-panel')).DelegationCompositionPanel,
}));
const IndicatorPanel = lazy(async () => ({
  default: (await import('../../components/charts/indicator-panel')).IndicatorPanel,
}));

interface EmbedChartProps {
  chart: EmbedChartId;
  filtered: Dataset;
  dataset: Dataset;
  pillarStyles: ReadonlyMap<string, PillarStyle>;
}

/**
 * One chart, through its usual frame (title, takeaway, legend, table twin, sources), on the whole dataset's axes as
 * in the explorer's views. Nothing in it filters: an embed shows the view its address names.
 */
export function EmbedChart({ chart, filtered, dataset, pillarStyles }: EmbedChartProps) {
  const common = { dataset: filtered, pillarStyles, headingLevel: 1 } as const;
  return (
    <Suspense fallback={<ChartFallback />}>
      {chart === 'sectors-pillars' && <SectorPillarPanel {...common} frame={dataset} />}
      {chart === 'initiatives-by-year' && <InitiativesByPillarPanel {...common} frame={dataset} />}
      {chart === 'meetings-timeline' && <MeetingsTimelinePanel {...common} frame={dataset} />}
      {chart === 'delegations' && <DelegationCompositionPanel {...common} frame={dataset} />}
      {chart === 'indicator' && <IndicatorPanel {...common} />}
    </Suspense>
  );
}
