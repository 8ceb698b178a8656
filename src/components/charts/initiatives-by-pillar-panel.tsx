import { useMemo } from 'react';
import { useI18n } from '../../i18n/pack-charts';
import type { Dataset } from '../../data/dataset-schema';
import {
  toInitiativesByPillarChart,
  toInitiativesByPillarFrame,
  UNASSIGNED_SEGMENT,
} from '../../model/chart-rows/to-initiatives-by-pillar-chart';
import { ChartFrame } from './chart-frame';
import { ChartLegend } from './chart-legend';
import type { ChartPanelProps } from './chart-panel-props';
import { InitiativesByPillarTable } from './initiatives-by-pillar-table';
import { LegendMarker } from './legend-marker';
import { StackedYearBarChart } from './stacked-year-bar-chart';

interface InitiativesByPillarPanelProps extends ChartPanelProps {
  onSelectPillar?: (pillarId: string) => void;
  /**
   * The whole dataset, whose years and tallest stack the axes keep while the filters change the bars (the pillars
   * page). Without it (or past MAX_FRAME_YEARS) the axes follow the filtered data.
   */
  frame?: Pick<Dataset, 'meetings' | 'pillars' | 'initiatives'>;
}

/** How many initiatives each year brought, stacked by pillar. */
export function InitiativesByPillarPanel({
  dataset,
  pillarStyles,
  headingLevel,
  onSelectPillar,
  frame,
}: InitiativesByPillarPanelProps) {
  const words = useI18n();
  // Memoised on the lists read, not the whole (filtered) dataset (see sector-pillar-panel.tsx).
  const { meetings: fm, pillars: fp, initiatives: fi } = frame ?? {};
  const fixed = useMemo(
    () => (fm && fp && fi ? toInitiativesByPillarFrame({ meetings: fm, pillars: fp, initiatives: fi }) : null),
    [fm, fp, fi],
  );
  const { meetings, pillars, initiatives, series, sources } = dataset;
  const chart = useMemo(
    () => toInitiativesByPillarChart({ meetings, pillars, initiatives, series, sources }, fixed, pillarStyles, words),
    [meetings, pillars, initiatives, series, sources, fixed, pillarStyles, words],
  );
  const { t } = words;
  // "Unassigned" is no pillar: it selects none. Memoised on what it reads: the chart is memoised, and a new function would redraw it.
  const selectSegment = useMemo(
    () =>
      onSelectPillar &&
      ((key: string) => {
        if (key !== UNASSIGNED_SEGMENT) onSelectPillar(key);
      }),
    [onSelectPillar],
  );

  return (
    <ChartFrame
      {...chart.framing}
      headingLevel={headingLevel}
      embedId="initiatives-by-year"
      clickable={onSelectPillar !== undefined}
      chart={
        <StackedYearBarChart
          columns={chart.axes.columns}
          rows={chart.rows}
          valueMax={chart.axes.valueMax}
          segments={chart.segments}
          onSelectSegment={selectSegment}
        />
      }
      legend={
        <ChartLegend
          items={chart.segments.map((s) => ({
            key: s.key,
            marker: <LegendMarker color={s.color} outlined={s.outlined} />,
            label: s.legend,
          }))}
          notes={chart.notes}
          clickNote={onSelectPillar ? t('chart.byPillar.legend.click') : undefined}
        />
      }
      table={
        <InitiativesByPillarTable
          data={chart.data}
          segments={chart.segments}
          unassignedKey={UNASSIGNED_SEGMENT}
          onSelectPillar={onSelectPillar}
        />
      }
      sources={dataset.sources}
    />
  );
}
