import { memo, useCallback, useMemo, useRef, type RefObject } from 'react';
import { ComposedChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { indexAxis } from '../../model/chart-rows/index-axis';
import { countAxis } from '../../model/chart-rows/nice-count-ticks';
import { labelledColumns } from '../../model/chart-rows/stacked-year-axis';
import type { HoverTooltipHandle } from './chart-hover-tooltip';
import type { TooltipText } from './chart-tooltip-card';
import { chartTheme, noGridLines } from './chart-theme';
import { MemoCartesianGrid } from './memo-recharts';
import { ChartMarks, NO_ROWS, OWN_DOMAIN_AXIS, OwnMarksChartBox } from './own-marks-chart';
import { useChartWidth } from './use-chart-width';
import { useStableHandler } from './use-stable-handler';

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
/** The share of a column its bar takes (recharts' default gap between categories, 10% on each side), up to a width. */
const BAR_SHARE = 0.8;
const BAR_MAX = 96;

/**
 * Counts per year as stacked bars, one segment per series key (solid colour or dashed outline), thin gaps between.
 * Memoised, with the props handed to recharts kept stable while their inputs are.
 *
 * recharts draws the frame (the axes and grid); the bars are drawn by StackedBarMarks on its axes' scales, with
 * their own hover tooltip (as the delegations' grouped bars: see grouped-bar-chart.tsx). While the columns and the
 * value axis stay (the panel keeps the whole dataset's where they fit), a filter change redraws only the bars.
 */
export const StackedYearBarChart = memo(function StackedYearBarChart(props: StackedYearBarChartProps) {
  const { columns, rows, valueMax, segments } = props;
  const onSelectSegment = useStableHandler(props.onSelectSegment);
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
    <OwnMarksChartBox height={HEIGHT} width={width} onResize={onResize} tooltip={tooltip}>
      <ComposedChart data={NO_ROWS} accessibilityLayer={false} margin={MARGIN}>
        <MemoCartesianGrid stroke={chartTheme.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
        <XAxis {...OWN_DOMAIN_AXIS} dataKey="column" domain={axis.domain} ticks={axis.ticks} tickFormatter={columnLabel} />
        <YAxis {...OWN_DOMAIN_AXIS} dataKey="value" axisLine={false} domain={values.domain} ticks={values.ticks} />
        <StackedBarMarks
          columns={columns}
          rows={rows}
          valueEnd={values.end}
          segments={segments}
          tooltip={tooltip}
          onSelectSegment={onSelectSegment}
        />
      </ComposedChart>
    </OwnMarksChartBox>
  );
});

interface StackedBarMarksProps {
  columns: readonly StackedYearAxisColumn[];
  rows: readonly StackedYearRow[];
  /** The value at the axis's top. */
  valueEnd: number;
  segments: readonly StackSegment[];
  tooltip: RefObject<HoverTooltipHandle | null>;
  onSelectSegment: ((key: string) => void) | undefined;
}

/**
 * Each column's stack, on the axes' scales, over a band as wide as the column that takes the pointer: pointing
 * anywhere in the column shows its tooltip (and shades the band, charts.css); a click on a segment selects it (on
 * pointer-up, as the other charts' marks). Keyboard users select from the table twin.
 */
const StackedBarMarks = memo(function StackedBarMarks(props: StackedBarMarksProps) {
  const { columns, rows, valueEnd, segments, tooltip, onSelectSegment } = props;
  const x = useXAxisScale();
  const y = useYAxisScale();
  const byKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows]);
  if (x === undefined || y === undefined) return null;
  const base = y(0) ?? 0;
  const top = y(valueEnd) ?? base;
  const pxPerUnit = valueEnd > 0 ? (base - top) / valueEnd : 0;
  const band = Math.abs((x(0.5) ?? 0) - (x(-0.5) ?? 0));
  const barWidth = Math.min(band * BAR_SHARE, BAR_MAX);
  return (
    <ChartMarks marks={rows} tooltip={tooltip}>
      {columns.map((column, index) => {
        const row = byKey.get(column.key);
        const middle = x(index);
        if (row === undefined || middle === undefined) return null;
        const left = middle - barWidth / 2;
        let stacked = 0;
        const marks = segments.map((segment) => {
          const value = row.values.get(segment.key) ?? 0;
          if (!(value > 0)) return null;
          const bottom = base - stacked * pxPerUnit;
          stacked += value;
          const height = value * pxPerUnit;
          return (
            <rect
              key={segment.key}
              className="chart-mark bar-segment"
              x={left}
              y={bottom - height}
              width={barWidth}
              height={height}
              fill={segment.color}
              fillOpacity={segment.outlined ? 0.2 : 1}
              stroke={segment.outlined ? segment.color : 'var(--color-surface)'}
              strokeWidth={1}
              strokeDasharray={segment.outlined ? '3 2' : undefined}
              onPointerUp={onSelectSegment && (() => onSelectSegment(segment.key))}
            />
          );
        });
        return (
          <g
            key={column.key}
            className="bar-column"
            onPointerEnter={() => tooltip.current?.show(row.tooltip, middle + barWidth / 2, base - stacked * pxPerUnit)}
          >
            <rect className="bar-column__band" x={middle - band / 2} y={top} width={band} height={Math.max(0, base - top)} />
            {marks}
          </g>
        );
      })}
    </ChartMarks>
  );
});
