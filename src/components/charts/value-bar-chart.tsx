import { memo, useCallback, useMemo, useRef, type RefObject } from 'react';
import { XAxis, YAxis } from 'recharts';
import { indexAxis } from '../../model/chart-rows/index-axis';
import { BarWithEndLabel } from './bar-end-label';
import type { HoverTooltipHandle } from './chart-hover-tooltip';
import type { TooltipText } from './chart-tooltip-card';
import { ChartMarks, OWN_DOMAIN_AXIS, OwnMarksChart, usePlotScales } from './own-marks-chart';
import { useChartWidth } from './use-chart-width';

export interface ValueBarRow {
  key: string;
  label: string;
  value: number;
  /** The value in words, printed at the end of its bar. */
  valueLabel: string;
  tooltip: TooltipText;
}

interface ValueBarChartProps {
  rows: readonly ValueBarRow[];
  color: string;
  /** Whether the bars fade in when first drawn (off when the reader prefers reduced motion). */
  animate: boolean;
}

/** Room to the right of the longest bar for its value label ("$864 mil millones") on a phone-width screen. */
const LABEL_ROOM = 1.9;
const ROW_HEIGHT = 40;
const BAR_SIZE = 20;
const MARGIN = { top: 4, right: 8, bottom: 4, left: 4 };

/**
 * One horizontal bar per row, its value written at the end: the axis numbers would say less than the words, so the
 * value axis is not drawn. Drawn with the chart kit (own-marks-chart.tsx), as every chart is.
 */
export const ValueBarChart = memo(function ValueBarChart({ rows, color, animate }: ValueBarChartProps) {
  const { width, onResize } = useChartWidth();
  const tooltip = useRef<HoverTooltipHandle>(null);
  const lanes = useMemo(() => indexAxis(rows.length), [rows.length]);
  const domain = useMemo(
    (): [number, number] => [
      Math.min(0, ...rows.map((r) => r.value)),
      Math.max(0, ...rows.map((r) => r.value)) * LABEL_ROOM,
    ],
    [rows],
  );
  const rowLabel = useCallback((index: number) => rows[index]?.label ?? '', [rows]);
  const height = rows.length * ROW_HEIGHT + 24;
  return (
    <OwnMarksChart height={height} width={width} onResize={onResize} tooltip={tooltip} margin={MARGIN}>
      <XAxis {...OWN_DOMAIN_AXIS} dataKey="value" hide domain={domain} />
      <YAxis
        {...OWN_DOMAIN_AXIS}
        dataKey="row"
        reversed
        width={72}
        domain={lanes.domain}
        ticks={lanes.ticks}
        tickFormatter={rowLabel}
      />
      <ValueBarMarks rows={rows} domain={domain} color={color} animate={animate} tooltip={tooltip} />
    </OwnMarksChart>
  );
});

interface ValueBarMarksProps {
  rows: readonly ValueBarRow[];
  /** The value axis's ends: the band that takes the pointer spans them. */
  domain: [number, number];
  color: string;
  animate: boolean;
  tooltip: RefObject<HoverTooltipHandle | null>;
}

/**
 * Each row's bar from 0 (leftwards for a value below 0) over a band as tall as the row that takes the pointer:
 * pointing anywhere along the row shows its tooltip and shades the band (charts.css).
 */
function ValueBarMarks({ rows, domain, color, animate, tooltip }: ValueBarMarksProps) {
  const scales = usePlotScales();
  if (scales === null) return null;
  const { x, y } = scales;
  const zero = x(0) ?? 0;
  const band = rows.length > 1 ? Math.abs((y(1) ?? 0) - (y(0) ?? 0)) : ROW_HEIGHT;
  const left = x(domain[0]) ?? zero;
  const right = x(domain[1]) ?? zero;
  return (
    <ChartMarks marks={rows} tooltip={tooltip}>
      {rows.map((row, index) => {
        const middle = y(index);
        const end = x(row.value);
        if (middle === undefined || end === undefined) return null;
        return (
          <g
            key={row.key}
            className={animate ? 'bar-row chart-mark' : 'bar-row'}
            onPointerEnter={() => tooltip.current?.show(row.tooltip, Math.max(zero, end), middle)}
          >
            <rect
              className="bar-row__band"
              x={left}
              y={middle - band / 2}
              width={Math.max(0, right - left)}
              height={band}
            />
            <BarWithEndLabel
              x={Math.min(zero, end)}
              y={middle - BAR_SIZE / 2}
              width={Math.abs(end - zero)}
              height={BAR_SIZE}
              fill={color}
              value={row.valueLabel}
            />
          </g>
        );
      })}
    </ChartMarks>
  );
}
