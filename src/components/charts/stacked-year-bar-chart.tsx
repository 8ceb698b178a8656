import { memo, useMemo } from 'react';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { axisTick } from './axis-tick-text';
import { chartTooltip, type TooltipText } from './chart-tooltip-card';
import { chartTheme, noGridLines } from './chart-theme';
import { MemoCartesianGrid, MemoTooltip } from './memo-recharts';
import { useStableHandler } from './use-stable-handler';

export interface StackSegment {
  key: string;
  name: string;
  color: string;
  /** Drawn as a faint tint with a dashed outline instead of a solid fill, e.g. for "Unassigned". */
  outlined?: boolean;
}

export interface StackedYearRow {
  key: string;
  label: string;
  /** Height of each segment, by segment key; a missing key is 0. */
  values: ReadonlyMap<string, number>;
  tooltip: TooltipText;
}

interface StackedYearBarChartProps {
  rows: readonly StackedYearRow[];
  segments: readonly StackSegment[];
  animate: boolean;
  onSelectSegment?: (segmentKey: string) => void;
}

const MARGIN = { top: 8, right: 8, bottom: 4, left: -16 };

/**
 * Counts per year as stacked bars, one segment per series key (solid colour or dashed outline), thin gaps between.
 * Memoised, with the props handed to recharts kept stable while their inputs are (see sector-pillar-matrix-chart.tsx).
 */
export const StackedYearBarChart = memo(function StackedYearBarChart(props: StackedYearBarChartProps) {
  const { rows, segments, animate } = props;
  const onSelectSegment = useStableHandler(props.onSelectSegment);
  const data = useMemo(() => [...rows], [rows]);
  // dataKey functions especially: a new one makes recharts recompute every bar of its series.
  const bars = useMemo(
    () =>
      segments.map((segment) => ({
        segment,
        dataKey: (row: StackedYearRow) => row.values.get(segment.key) ?? 0,
        onClick: () => onSelectSegment?.(segment.key),
      })),
    [segments, onSelectSegment],
  );
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={data} accessibilityLayer={false} margin={MARGIN}>
        <MemoCartesianGrid stroke={chartTheme.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
        <XAxis dataKey="label" tick={axisTick} axisLine={chartTheme.axisLine} tickLine={false} />
        {/* A count axis has a handful of ticks: all shown, without measuring each label for overlaps. */}
        <YAxis allowDecimals={false} interval={0} tick={axisTick} axisLine={false} tickLine={false} />
        <MemoTooltip cursor={chartTheme.cursor} isAnimationActive={animate} content={chartTooltip} />
        {bars.map(({ segment, dataKey, onClick }) => (
          <Bar
            key={segment.key}
            name={segment.name}
            dataKey={dataKey}
            stackId="year"
            fill={segment.color}
            fillOpacity={segment.outlined ? 0.2 : 1}
            stroke={segment.outlined ? segment.color : 'var(--color-surface)'}
            strokeWidth={1}
            strokeDasharray={segment.outlined ? '3 2' : undefined}
            isAnimationActive={animate}
            onClick={onSelectSegment && onClick}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
