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
const BAR_GAP = 2;
const MARGIN = { top: 4, right: 28, bottom: 4, left: 4 };

/** A row's longest bar: what recharts draws its one Bar per row to, and what sets the value axis. */
const longest = (row: GroupedBarRow) => Math.max(0, ...row.values.values());

/**
 * Horizontal bars grouped by row (one bar per series, always in series order), each labelled with its value.
 * Memoised, with the props handed to recharts kept stable while their inputs are (see sector-pillar-matrix-chart.tsx).
 *
 * recharts draws one Bar per row, as long as the row's longest bar and as thick as the group, and its shape
 * draws the row's bars in it (`GroupedBars`): a Bar per series cost recharts a layer and four components per bar
 * in each of the three render passes of a filter change, for the same picture.
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
  // The shape and the click read their row from the bar (`payload`), so they change only with the series, and the
  // Bar skips the first render pass of a filter change (see memo-recharts.ts).
  const shape = useCallback(
    ({ x, y, width, payload }: BarShapeProps) => (
      <GroupedBars x={x} y={y} width={width} row={payload as GroupedBarRow | undefined} series={series} />
    ),
    [series],
  );
  const onClick = useCallback(
    (item: BarRectangleItem) => {
      const row = item.payload as GroupedBarRow | undefined;
      if (row !== undefined) onSelectRow?.(row.key);
    },
    [onSelectRow],
  );
  const height = rows.length * (series.length * BAR_SIZE + 20) + 40;
  return (
    <ResponsiveContainer width="100%" height={height} onResize={onResize}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={MARGIN}>
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
        <Bar
          dataKey={longest}
          barSize={series.length * (BAR_SIZE + BAR_GAP) - BAR_GAP}
          isAnimationActive={animate}
          onClick={onSelectRow && onClick}
          shape={shape}
        />
      </BarChart>
    </ResponsiveContainer>
  );
});

interface GroupedBarsProps {
  /** recharts' bar for the row: its left, its top and its length (the row's longest value). */
  x?: number;
  y?: number;
  width?: number;
  row: GroupedBarRow | undefined;
  series: readonly BarSeries[];
}

/**
 * One row's bars, stacked down the group in series order, each as long as its value on the same scale as the
 * row's longest (the axis starts at 0) and labelled past its end. A value of 0 draws nothing, as recharts' own bars.
 */
export function GroupedBars({ x = 0, y = 0, width = 0, row, series }: GroupedBarsProps) {
  if (row === undefined) return null;
  const max = longest(row);
  if (!(max > 0 && width > 0)) return null;
  return (
    <>
      {series.map((s, index) => {
        const value = row.values.get(s.key) ?? 0;
        return (
          <BarWithEndLabel
            key={s.key}
            x={x}
            y={y + index * (BAR_SIZE + BAR_GAP)}
            width={(width * value) / max}
            height={BAR_SIZE}
            fill={s.color}
            value={value}
          />
        );
      })}
    </>
  );
}
