import { useLayoutEffect, type ReactElement, type ReactNode, type RefObject } from 'react';
import { ResponsiveContainer } from 'recharts';
import { axisTick } from './axis-tick-text';
import { ChartHoverTooltip, type HoverTooltipHandle } from './chart-hover-tooltip';
import { chartTheme } from './chart-theme';

/*
 * The parts shared by the charts that draw their own marks on recharts' axes (the matrix, the meetings timeline, the
 * delegations' grouped bars). recharts holds no data there: it draws the axes and grid, and a filter change that
 * leaves the axes as they are leaves its store alone (docs/ARCHITECTURE.md, "The explorer's charts keep their axes").
 */

/** recharts' data: none. The marks are drawn by the chart's own component on the axes' scales. */
export const NO_ROWS: never[] = [];

/**
 * What every axis of such a chart shares: numbers over the axis's own domain (allowDataOverflow: with no data in
 * recharts to widen it), every tick given shown, in the app's tick text, without tick lines.
 */
export const OWN_DOMAIN_AXIS = {
  type: 'number',
  allowDataOverflow: true,
  interval: 0,
  tick: axisTick,
  axisLine: chartTheme.axisLine,
  tickLine: false,
} as const;

interface OwnMarksChartBoxProps {
  /** The chart's height, and its measured width (0 until measured), for the tooltip's placing. */
  height: number;
  width: number;
  onResize: (width: number) => void;
  tooltip: RefObject<HoverTooltipHandle | null>;
  /** The recharts chart. */
  children: ReactElement;
}

/** The chart, in recharts' responsive container, with the marks' hover tooltip positioned over it. */
export function OwnMarksChartBox({ height, width, onResize, tooltip, children }: OwnMarksChartBoxProps) {
  return (
    <div className="chart-hover-area">
      <ResponsiveContainer width="100%" height={height} onResize={onResize}>
        {children}
      </ResponsiveContainer>
      <ChartHoverTooltip ref={tooltip} width={width} height={height} />
    </div>
  );
}

/**
 * The group the marks are drawn in: the tooltip goes when the pointer leaves the marks, and when the marks change
 * (the one pointed at may be gone with the old ones).
 */
export function ChartMarks({ marks, tooltip, children }: { marks: unknown; tooltip: RefObject<HoverTooltipHandle | null>; children: ReactNode }) {
  useLayoutEffect(() => () => tooltip.current?.hide(), [marks, tooltip]);
  return (
    <g className="chart-marks" onPointerLeave={() => tooltip.current?.hide()}>
      {children}
    </g>
  );
}
