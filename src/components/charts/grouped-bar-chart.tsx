import { memo, useCallback, useMemo, useRef } from 'react';
import { XAxis, YAxis } from 'recharts';
import { indexAxis } from '../../model/chart-rows/index-axis';
import { countAxis } from '../../model/chart-rows/nice-count-ticks';
import { wrapLabel } from '../../model/chart-rows/wrap-label';
import type { HoverTooltipHandle } from './chart-hover-tooltip';
import type { TooltipText } from './chart-tooltip-card';
import { chartTheme, noGridLines } from './chart-theme';
import { useChartWidth } from './use-chart-width';
import { MemoCartesianGrid } from './memo-recharts';
import { BAR_SIZE, GroupedBarMarks } from './grouped-bar-marks';
import { OWN_DOMAIN_AXIS, OwnMarksChart } from './own-marks-chart';

export interface BarSeries {
  key: string;
  name: string;
  color: string;
}

/** A row of the axis: its key and full label ("\n" for a preferred line break; wrapped and shortened to fit). */
export interface GroupedBarAxisRow {
  key: string;
  label: string;
}

export interface GroupedBarRow extends GroupedBarAxisRow {
  /** Bar length for each series key; a missing key is 0. */
  values: ReadonlyMap<string, number>;
  tooltip: TooltipText;
}

interface GroupedBarChartProps {
  /** The axis's rows, top to bottom: kept as they are while the filters change the bars (see the panel). */
  axisRows: readonly GroupedBarAxisRow[];
  /** The rows the filters keep, with their bars. An axis row without one says `filteredOut` in its place. */
  rows: readonly GroupedBarRow[];
  /** The largest value the axis must reach: kept too, so that a bar keeps its length across filters. */
  valueMax: number;
  series: readonly BarSeries[];
  filteredOut: string;
  onSelectRow?: (rowKey: string) => void;
}

const MARGIN = { top: 4, right: 28, bottom: 4, left: 4 };

/**
 * Horizontal bars grouped by row (one bar per series, always in series order), each labelled with its value.
 * Memoised, with the props handed to recharts kept stable while their inputs are.
 *
 * recharts draws the frame (the axes, one row per axis row, and the grid); the bars are drawn by GroupedBarMarks
 * (grouped-bar-marks.tsx) on its axes' scales, with their own hover tooltip (as the timeline's markers: see timeline-scatter-chart.tsx). While
 * the axis rows and the value axis stay (the panel keeps the whole dataset's where they fit), a filter change leaves
 * recharts' store as it is and redraws only the bars.
 */
export const GroupedBarChart = memo(function GroupedBarChart(props: GroupedBarChartProps) {
  const { axisRows, rows, valueMax, series, filteredOut, onSelectRow } = props;
  const { width, narrow, onResize } = useChartWidth();
  const tooltip = useRef<HoverTooltipHandle>(null);
  const axisWidth = narrow ? 112 : 150;
  const maxChars = Math.floor((axisWidth - 10) / chartTheme.tickCharWidth);
  const lanes = useMemo(() => indexAxis(axisRows.length), [axisRows.length]);
  const rowLabel = useCallback(
    (index: number) => {
      const row = axisRows[index];
      return row === undefined ? '' : wrapLabel(row.label, maxChars).join('\n');
    },
    [axisRows, maxChars],
  );
  const values = useMemo(() => countAxis(valueMax), [valueMax]);
  const height = axisRows.length * (series.length * BAR_SIZE + 20) + 40;
  return (
    <OwnMarksChart height={height} width={width} onResize={onResize} tooltip={tooltip} margin={MARGIN}>
      <MemoCartesianGrid stroke={chartTheme.grid} horizontal={false} horizontalCoordinatesGenerator={noGridLines} />
      <XAxis {...OWN_DOMAIN_AXIS} dataKey="value" domain={values.domain} ticks={values.ticks} />
      <YAxis
        {...OWN_DOMAIN_AXIS}
        dataKey="row"
        reversed
        width={axisWidth}
        domain={lanes.domain}
        ticks={lanes.ticks}
        tickFormatter={rowLabel}
      />
      <GroupedBarMarks
        axisRows={axisRows}
        rows={rows}
        valueEnd={values.end}
        series={series}
        filteredOut={filteredOut}
        tooltip={tooltip}
        onSelectRow={onSelectRow}
      />
    </OwnMarksChart>
  );
});
