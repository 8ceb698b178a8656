import { useMemo } from 'react';
import { useI18n } from '../../i18n/pack-charts';
import { toIndicatorChart } from '../../model/chart-rows/to-indicator-chart';
import { ChartFrame } from './chart-frame';
import { ChartLegend } from './chart-legend';
import type { ChartPanelProps } from './chart-panel-props';
import { IndicatorTable } from './indicator-table';
import { LegendMarker } from './legend-marker';
import { usePrefersReducedMotion } from './use-prefers-reduced-motion';
import { ValueBarChart } from './value-bar-chart';

interface IndicatorPanelProps extends ChartPanelProps {
  /** The metric to chart; by default the one with the most readings. */
  metric?: string;
}

/** Quantitative context: one metric's readings by year, values in words, qualifiers kept. Nothing without data. */
export function IndicatorPanel({ dataset, headingLevel, metric }: IndicatorPanelProps) {
  const words = useI18n();
  const animate = !usePrefersReducedMotion();
  // Indicators are context, never filtered: memoised, the bars and the chart stay as they are on a filter change.
  const { indicators, sources } = dataset;
  const chart = useMemo(
    () => toIndicatorChart({ indicators, sources }, metric, words),
    [indicators, sources, metric, words],
  );
  if (chart === null) return null;

  return (
    <ChartFrame
      {...chart.framing}
      headingLevel={headingLevel}
      embedId="indicator"
      chart={<ValueBarChart rows={chart.bars} color={chart.color} animate={animate} />}
      legend={
        <ChartLegend
          items={[{ key: 'value', marker: <LegendMarker color={chart.color} />, label: chart.label }]}
          notes={chart.notes}
        />
      }
      table={<IndicatorTable rows={chart.rows} caption={chart.tableCaption} statedValue={chart.statedValue} />}
      sources={dataset.sources}
    />
  );
}
