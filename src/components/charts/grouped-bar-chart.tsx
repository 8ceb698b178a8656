import { memo, useCallback, useMemo } from 'react';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { BarRectangleItem, BarShapeProps } from 'recharts';
import { wrapLabel } from '../../model/chart-rows/wrap-label';
import { axisTick } from './axis-tick-text';
import { BarWithEndLabel } from './bar-end-label';
import { chartTooltip, type TooltipText } from './chart-tooltip-card';
import { chartTheme, noGridLines } from './chart-theme';
import { useChartWidth } from './use-chart-width';
import { MemoCartesianGrid, MemoTooltip } from './memo-recharts';
import { useStableHandler } from './use-stable-handler';

export interface BarSeries {
  key: string;
  name: string;
  color: string;
}

export interface GroupedBarRow {
  key: string;
  /** Full label ("\n" for a preferred line break); wrapped and shortened here to fit the axis. */
  label: string;
  /** Bar length for each series key; a missing key is 0. */
  values: ReadonlyMap<string, number>;
  tooltip: TooltipText;
}

interface GroupedBarChartProps {
  rows: readonly GroupedBarRow[];
  series: readonly BarSeries[];
  animate: boolean;
  onSelectRow?: (rowKey: string) => void;
}

const BAR_SIZE = 12;
const MARGIN = { top: 4, right: 28, bottom: 4, left: 4 };
/** Each bar with its value written past its end (see BarWithEndLabel); one function, so the Bars stay memoised. */
const barShape = ({ x, y, width, height, fill, value }: BarShapeProps) => (
  <BarWithEndLabel x={x} y={y} width={width} height={height} fill={fill} value={value} />
);

/**
 * Horizontal bars grouped by row (one bar per series, always in series order), each labelled with its value.
 * Memoised, with the props handed to recharts kept stable while their inputs are (see sector-pillar-matrix-chart.tsx).
 */
export const GroupedBarChart = memo(function GroupedBarChart(props: GroupedBarChartProps) {
  const { rows, series, animate } = props;
  const onSelectRow = useStableHandler(props.onSelectRow);
  const { narrow, onResize } = useChartWidth();
  const axisWidth = narrow ? 112 : 150;
  const maxChars = Math.floor((axisWidth - 10) / chartTheme.tickCharWidth);
  const labelOf = useMemo(() => new Map(rows.map((r) => [r.key, wrapLabel(r.label, maxChars).join('\n')])), [rows, maxChars]);
  const rowLabel = useCallback((key: string) => labelOf.get(key) ?? key, [labelOf]);
  const data = useMemo(() => [...rows], [rows]);
  // dataKey functions especially: a new one makes recharts recompute every bar of its series. A click reads its
  // row from the bar, so the handlers do not change with the rows either, and the Bars skip the first render pass
  // of a filter change (see memo-recharts.ts).
  const bars = useMemo(
    () =>
      series.map((s) => ({
        series: s,
        dataKey: (row: GroupedBarRow) => row.values.get(s.key) ?? 0,
        onClick: (item: BarRectangleItem) => {
          const row = item.payload as GroupedBarRow | undefined;
          if (row !== undefined) onSelectRow?.(row.key);
        },
      })),
    [series, onSelectRow],
  );
  const height = rows.length * (series.length * BAR_SIZE + 20) + 40;
  return (
    <ResponsiveContainer width="100%" height={height} onResize={onResize}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} barGap={2} margin={MARGIN}>
        <MemoCartesianGrid stroke={chartTheme.grid} horizontal={false} horizontalCoordinatesGenerator={noGridLines} />
        {/* A count axis has a handful of ticks: all shown, without measuring each label for overlaps. */}
        <XAxis type="number" allowDecimals={false} interval={0} tick={axisTick} axisLine={chartTheme.axisLine} tickLine={false} />
        <YAxis
          type="category"
          dataKey="key"
          width={axisWidth}
          interval={0}
          tickFormatter={rowLabel}
          tick={axisTick}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <MemoTooltip cursor={chartTheme.cursor} isAnimationActive={animate} content={chartTooltip} />
        {bars.map(({ series: s, dataKey, onClick }) => (
          <Bar
            key={s.key}
            name={s.name}
            dataKey={dataKey}
            fill={s.color}
            barSize={BAR_SIZE}
            isAnimationActive={animate}
            onClick={onSelectRow && onClick}
            shape={barShape}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
