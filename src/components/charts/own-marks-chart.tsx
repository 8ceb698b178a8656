import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { ComposedChart, ResponsiveContainer, useXAxisScale, useYAxisScale, type Margin } from 'recharts';
import { axisTick } from './axis-tick-text';
import { ChartHoverTooltip, type HoverTooltipHandle } from './chart-hover-tooltip';
import { chartTheme } from './chart-theme';

/*
 * The chart kit: every chart is drawn the same way (docs/decisions/008-chart-model.md). recharts draws the frame
 * (axes and grid) and holds no data; the chart's own marks component draws the marks on the axes' scales, with the
 * kit's hover tooltip. A filter change that leaves the axes as they are leaves recharts' store alone, so only the
 * marks are drawn again.
 *
 * A chart, in order: useChartWidth and a tooltip ref; <OwnMarksChart> holding a MemoCartesianGrid, an XAxis and a
 * YAxis spread from OWN_DOMAIN_AXIS with fixed `domain`s and `ticks`, and the marks; the marks component calls
 * usePlotScales, wraps its shapes in <ChartMarks>, and shows a mark's tooltip with `tooltip.current?.show(...)`.
 */

/** recharts' data: none. The marks are drawn by the chart's own component on the axes' scales. */
const NO_ROWS: never[] = [];

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

interface OwnMarksChartProps {
  /** The chart's height, and its measured width (0 until measured), for the tooltip's placing. */
  height: number;
  width: number;
  onResize: (width: number) => void;
  tooltip: RefObject<HoverTooltipHandle | null>;
  /** Kept stable (a module constant): a new object is a changed prop to recharts. */
  margin: Margin;
  /** The grid, the axes and the marks. */
  children: ReactNode;
}

/**
 * The chart, in recharts' responsive container, with the marks' hover tooltip positioned over it.
 *
 * The container is measured before the chart's first paint, in a layout effect, and the chart drawn at that width in
 * the same task. recharts' container measures in a passive effect, whose update React leaves for a later task: a
 * chart first drawn for print (in beforeprint, the briefing deck's slides below the screen) printed without its
 * axes and marks.
 */
export function OwnMarksChart({ height, width, onResize, tooltip, margin, children }: OwnMarksChartProps) {
  const area = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (measured !== null || area.current === null) return;
    const first = area.current.getBoundingClientRect().width;
    setMeasured(first);
    onResize(first);
  }, [measured, onResize]);
  return (
    <div ref={area} className="chart-hover-area">
      {measured !== null && (
        <ResponsiveContainer
          width="100%"
          height={height}
          onResize={onResize}
          initialDimension={{ width: measured, height }}
        >
          <ComposedChart data={NO_ROWS} accessibilityLayer={false} margin={margin}>
            {children}
          </ComposedChart>
        </ResponsiveContainer>
      )}
      <ChartHoverTooltip ref={tooltip} width={width} height={height} />
    </div>
  );
}

/** A scale of one axis: a value to its px from the drawing's top left corner (undefined off a category axis). */
type PlotScale = (value: number) => number | undefined;

/** The two axes' scales, for a marks component inside OwnMarksChart; null until recharts has laid the axes out. */
export function usePlotScales(): { x: PlotScale; y: PlotScale } | null {
  const x = useXAxisScale();
  const y = useYAxisScale();
  return x === undefined || y === undefined ? null : { x, y };
}

/**
 * The group the marks are drawn in: the tooltip goes when the pointer leaves the marks, and when the marks change
 * (the one pointed at may be gone with the old ones).
 */
export function ChartMarks({
  marks,
  tooltip,
  children,
}: {
  marks: unknown;
  tooltip: RefObject<HoverTooltipHandle | null>;
  children: ReactNode;
}) {
  useLayoutEffect(() => () => tooltip.current?.hide(), [marks, tooltip]);
  return (
    <g className="chart-marks" onPointerLeave={() => tooltip.current?.hide()}>
      {children}
    </g>
  );
}
