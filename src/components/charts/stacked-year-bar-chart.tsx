import { memo, useCallback, useMemo, useRef } from 'react';
import { XAxis, YAxis } from 'recharts';
import { indexAxis } from '../../model/chart-rows/index-axis';
import { countAxis } from '../../model/chart-rows/nice-count-ticks';
import { labelledColumns } from '../../model/chart-rows/stacked-year-axis';
import type { HoverTooltipHandle } from './chart-hover-tooltip';
import type { TooltipText } from './chart-tooltip-card';
import { chartTheme, noGridLines } from './chart-theme';
import { MemoCartesianGrid } from './memo-recharts';
import { OWN_DOMAIN_AXIS, OwnMarksChart } from './own-marks-chart';
import { StackedBarMarks } from './stacked-bar-marks';
import { useChartWidth } from './use-chart-width';

export interface StackSegment {
  key: string;
  name: string;
  color: string;
  /** Drawn as a faint tint with a dashed outline instead of a solid fill, e.g. for "Unassigned". */
  outlined?: boolean;
}

/** A column of the axis: its key and label. */
export interface StackedYearAxisColumn {
  key: string;
  label: string;
}

export interface StackedYearRow extends StackedYearAxisColumn {
  /** Height of each segment, by segment key; a missing key is 0. */
  values: ReadonlyMap<string, number>;
  tooltip: TooltipText;
}

interface StackedYearBarChartProps {
  /** The axis's columns, left to right: kept as they are while the filters change the bars (see the panel). */
  columns: readonly StackedYearAxisColumn[];
  /** The columns the filters keep, with their stacks; a column without one draws nothing. */
  rows: readonly StackedYearRow[];
  /** The tallest stack the value axis must reach: kept too, so that a bar keeps its height across filters. */
  valueMax: number;
  /** Bottom to top. */
  segments: readonly StackSegment[];
  onSelectSegment?: (segmentKey: string) => void;
}

const HEIGHT = 300;
const MARGIN = { top: 8, right: 8, bottom: 4, left: -16 };

/**
 * Counts per year as stacked bars, one segment per series key (solid colour or dashed outline), thin gaps between.
 * Memoised, with the props handed to recharts kept stable while their inputs are.
 *
 * recharts draws the frame (the axes and grid); the bars are drawn by StackedBarMarks (stacked-bar-marks.tsx) on its axes' scales, with
 * their own hover tooltip (as the delegations' grouped bars: see grouped-bar-chart.tsx). While the columns and the
 * value axis stay (the panel keeps the whole dataset's where they fit), a filter change redraws only the bars.
 */
export const StackedYearBarChart = memo(function StackedYearBarChart(props: StackedYearBarChartProps) {
  const { columns, rows, valueMax, segments, onSelectSegment } = props;
  const { width, onResize } = useChartWidth();
  const tooltip = useRef<HoverTooltipHandle>(null);
  // On a phone eleven years do not fit side by side: every second is named, ending on the latest.
  const plotWidth = width > 0 ? width - MARGIN.left - MARGIN.right - 60 : 0;
  const axis = useMemo(() => {
    const { domain } = indexAxis(columns.length);
    return { domain, ticks: labelledColumns(columns.length, plotWidth) };
  }, [columns.length, plotWidth]);
  const columnLabel = useCallback((index: number) => columns[index]?.label ?? '', [columns]);
  const values = useMemo(() => countAxis(valueMax), [valueMax]);
  return (
    <OwnMarksChart height={HEIGHT} width={width} onResize={onResize} tooltip={tooltip} margin={MARGIN}>
      <MemoCartesianGrid stroke={chartTheme.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
      <XAxis
        {...OWN_DOMAIN_AXIS}
        dataKey="column"
        domain={axis.domain}
        ticks={axis.ticks}
        tickFormatter={columnLabel}
      />
      <YAxis {...OWN_DOMAIN_AXIS} dataKey="value" axisLine={false} domain={values.domain} ticks={values.ticks} />
      <StackedBarMarks
        columns={columns}
        rows={rows}
        valueEnd={values.end}
        segments={segments}
        tooltip={tooltip}
        onSelectSegment={onSelectSegment}
      />
    </OwnMarksChart>
  );
});
