import { memo, useCallback, useMemo, useRef, type RefObject } from 'react';
import { ComposedChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { indexAxis } from '../../model/chart-rows/index-axis';
import { countAxis } from '../../model/chart-rows/nice-count-ticks';
import { wrapLabel } from '../../model/chart-rows/wrap-label';
import { BarWithEndLabel } from './bar-end-label';
import type { HoverTooltipHandle } from './chart-hover-tooltip';
import type { TooltipText } from './chart-tooltip-card';
import { chartTheme, noGridLines } from './chart-theme';
import { useChartWidth } from './use-chart-width';
import { MemoCartesianGrid } from './memo-recharts';
import { ChartMarks, NO_ROWS, OWN_DOMAIN_AXIS, OwnMarksChartBox } from './own-marks-chart';
import { useStableHandler } from './use-stable-handler';

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

const BAR_SIZE = 12;
const BAR_GAP = 2;
const MARGIN = { top: 4, right: 28, bottom: 4, left: 4 };

/**
 * Horizontal bars grouped by row (one bar per series, always in series order), each labelled with its value.
 * Memoised, with the props handed to recharts kept stable while their inputs are.
 *
 * recharts draws the frame (the axes, one row per axis row, and the grid); the bars are drawn by GroupedBarMarks on
 * its axes' scales, with their own hover tooltip (as the timeline's markers: see timeline-scatter-chart.tsx). While
 * the axis rows and the value axis stay (the panel keeps the whole dataset's where they fit), a filter change leaves
 * recharts' store as it is and redraws only the bars.
 */
export const GroupedBarChart = memo(function GroupedBarChart(props: GroupedBarChartProps) {
  const { axisRows, rows, valueMax, series, filteredOut } = props;
  const onSelectRow = useStableHandler(props.onSelectRow);
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
    <OwnMarksChartBox height={height} width={width} onResize={onResize} tooltip={tooltip}>
      <ComposedChart data={NO_ROWS} accessibilityLayer={false} margin={MARGIN}>
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
      </ComposedChart>
    </OwnMarksChartBox>
  );
});

interface GroupedBarMarksProps {
  axisRows: readonly GroupedBarAxisRow[];
  rows: readonly GroupedBarRow[];
  /** The value at the axis's end. */
  valueEnd: number;
  series: readonly BarSeries[];
  filteredOut: string;
  tooltip: RefObject<HoverTooltipHandle | null>;
  onSelectRow: ((key: string) => void) | undefined;
}

/**
 * Each axis row's bars, on the axes' scales, over a band as tall as the row that takes the pointer: pointing
 * anywhere along the row shows its tooltip (and shades the band, charts.css), a click selects it (on pointer-up, as
 * the timeline's markers). Keyboard users select from the table twin. A row the filters leave out says so.
 */
const GroupedBarMarks = memo(function GroupedBarMarks(props: GroupedBarMarksProps) {
  const { axisRows, rows, valueEnd, series, filteredOut, tooltip, onSelectRow } = props;
  const x = useXAxisScale();
  const y = useYAxisScale();
  const byKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows]);
  if (x === undefined || y === undefined) return null;
  const left = x(0) ?? 0;
  const right = x(valueEnd) ?? left;
  const pxPerUnit = valueEnd > 0 ? (right - left) / valueEnd : 0;
  const band = axisRows.length > 1 ? Math.abs((y(1) ?? 0) - (y(0) ?? 0)) : series.length * BAR_SIZE + 20;
  const groupHeight = series.length * (BAR_SIZE + BAR_GAP) - BAR_GAP;
  return (
    <ChartMarks marks={rows} tooltip={tooltip}>
      {axisRows.map((axisRow, index) => {
        const middle = y(index);
        if (middle === undefined) return null;
        const row = byKey.get(axisRow.key);
        if (row === undefined) {
          return (
            <text key={axisRow.key} className="bar-row__filtered-out" x={left + 6} y={middle} dy="0.355em">
              {filteredOut}
            </text>
          );
        }
        const longest = Math.max(0, ...row.values.values());
        return (
          <g
            key={axisRow.key}
            className="bar-row"
            onPointerEnter={() => tooltip.current?.show(row.tooltip, left + longest * pxPerUnit, middle)}
            onPointerUp={onSelectRow && (() => onSelectRow(row.key))}
          >
            <rect className="bar-row__band" x={left} y={middle - band / 2} width={Math.max(0, right - left)} height={band} />
            <GroupedBars x={left} y={middle - groupHeight / 2} pxPerUnit={pxPerUnit} row={row} series={series} />
          </g>
        );
      })}
    </ChartMarks>
  );
});

interface GroupedBarsProps {
  /** Where the bars start (the value 0) and the group's top, in px. */
  x: number;
  y: number;
  /** px per unit of value. */
  pxPerUnit: number;
  row: GroupedBarRow;
  series: readonly BarSeries[];
}

/**
 * One row's bars, stacked down the group in series order, each as long as its value and labelled past its end. A
 * value of 0 draws nothing (a country the filters leave out).
 */
export function GroupedBars({ x, y, pxPerUnit, row, series }: GroupedBarsProps) {
  return (
    <>
      {series.map((s, index) => {
        const value = row.values.get(s.key) ?? 0;
        return (
          <BarWithEndLabel
            key={s.key}
            x={x}
            y={y + index * (BAR_SIZE + BAR_GAP)}
            width={value * pxPerUnit}
            height={BAR_SIZE}
            fill={s.color}
            value={value}
          />
        );
      })}
    </>
  );
}
