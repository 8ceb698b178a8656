import { memo, useMemo, type RefObject } from 'react';
import { BarWithEndLabel } from './bar-end-label';
import type { HoverTooltipHandle } from './chart-hover-tooltip';
import type { BarSeries, GroupedBarAxisRow, GroupedBarRow } from './grouped-bar-chart';
import { ChartMarks, usePlotScales } from './own-marks-chart';

/** A bar's thickness and the gap between a row's bars, in px. */
export const BAR_SIZE = 12;
const BAR_GAP = 2;

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
export const GroupedBarMarks = memo(function GroupedBarMarks(props: GroupedBarMarksProps) {
  const { axisRows, rows, valueEnd, series, filteredOut, tooltip, onSelectRow } = props;
  const scales = usePlotScales();
  const byKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows]);
  if (scales === null) return null;
  const { x, y } = scales;
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
            <rect
              className="bar-row__band"
              x={left}
              y={middle - band / 2}
              width={Math.max(0, right - left)}
              height={band}
            />
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
