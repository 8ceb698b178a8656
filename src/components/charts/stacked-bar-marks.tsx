import { memo, useMemo, type RefObject } from 'react';
import type { HoverTooltipHandle } from './chart-hover-tooltip';
import { ChartMarks, usePlotScales } from './own-marks-chart';
import type { StackedYearAxisColumn, StackedYearRow, StackSegment } from './stacked-year-bar-chart';

/** The share of a column its bar takes (recharts' default gap between categories, 10% on each side), up to a width. */
const BAR_SHARE = 0.8;
const BAR_MAX = 96;

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
export const StackedBarMarks = memo(function StackedBarMarks(props: StackedBarMarksProps) {
  const { columns, rows, valueEnd, segments, tooltip, onSelectSegment } = props;
  const scales = usePlotScales();
  const byKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows]);
  if (scales === null) return null;
  const { x, y } = scales;
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
            <rect
              className="bar-column__band"
              x={middle - band / 2}
              y={top}
              width={band}
              height={Math.max(0, base - top)}
            />
            {marks}
          </g>
        );
      })}
    </ChartMarks>
  );
});
