import { memo, useCallback, useMemo } from 'react';
import { ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { ScatterShapeProps } from 'recharts';
import type { PillarLink } from '../../data/dataset-schema';
import { wrapLabel } from '../../model/chart-rows/wrap-label';
import { axisTick } from './axis-tick-text';
import { chartTooltip, type TooltipText } from './chart-tooltip-card';
import { chartTheme } from './chart-theme';
import { useChartWidth } from './use-chart-width';
import { MemoCartesianGrid, MemoTooltip, MemoZAxis } from './memo-recharts';
import { useStableHandler } from './use-stable-handler';

export interface MatrixPoint {
  key: string;
  column: number;
  row: number;
  /** Initiatives sharing the sector and pillar; 0 still draws the smallest bubble. */
  size: number;
  basis: PillarLink['basis'];
  color: string;
  tooltip: TooltipText;
}

interface SectorPillarMatrixChartProps {
  points: readonly MatrixPoint[];
  columnLabels: readonly string[];
  /** Full names; shortened here to fit the axis. */
  rowLabels: readonly string[];
  animate: boolean;
  onSelectPoint?: (key: string) => void;
}

const ROW_HEIGHT = 40;
const MIN_RADIUS = 5;
const MARGIN = { top: 8, right: 16, bottom: 8, left: 4 };
const POINTER = { cursor: 'pointer' };
const indices = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * Sector × pillar bubbles on two index axes: solid bubbles are stated links, dashed outlines inferred ones.
 * Memoised, with every prop handed to recharts kept stable while its inputs are: recharts redraws what changed
 * identity (see use-stable-handler.ts), and a filter change re-renders the page around the chart.
 */
export const SectorPillarMatrixChart = memo(function SectorPillarMatrixChart(props: SectorPillarMatrixChartProps) {
  const { points, columnLabels, rowLabels, animate } = props;
  const onSelectPoint = useStableHandler(props.onSelectPoint);
  const { width, narrow, onResize } = useChartWidth();
  const axisWidth = narrow ? 104 : 160;
  const columnWidth = width > 0 ? (width - axisWidth - 24) / Math.max(1, columnLabels.length) : 80;
  // The largest bubble fits its column and its row, so neighbours never touch.
  const maxRadius = Math.max(MIN_RADIUS + 1, Math.min(16, columnWidth / 2 - 2, ROW_HEIGHT / 2 - 3));
  const maxSize = Math.max(1, ...points.map((p) => p.size));
  const data = useMemo(() => [...points], [points]);
  const columns = useMemo(() => ({ domain: [-0.5, columnLabels.length - 0.5], ticks: indices(columnLabels.length) }), [columnLabels.length]);
  const rows = useMemo(() => ({ domain: [-0.5, rowLabels.length - 0.5], ticks: indices(rowLabels.length) }), [rowLabels.length]);
  const zRange = useMemo((): [number, number] => [Math.PI * MIN_RADIUS ** 2, Math.PI * maxRadius ** 2], [maxRadius]);
  const zDomain = useMemo(() => [0, maxSize], [maxSize]);
  const columnLabel = useCallback((value: number) => columnLabels[value] ?? '', [columnLabels]);
  const rowLabel = useCallback(
    (value: number) => wrapLabel(rowLabels[value] ?? '', Math.floor((axisWidth - 10) / chartTheme.tickCharWidth)).join('\n'),
    [rowLabels, axisWidth],
  );
  // The bubble's own point comes with it (recharts hands each shape its data row), so the shape does not change
  // with the points: the Scatter, memoised by recharts, then skips the render that would redraw the old bubbles.
  const renderBubble = useCallback(({ cx, cy, width: diameter, payload }: Pick<ScatterShapeProps, 'cx' | 'cy' | 'width' | 'payload'>) => {
    const point = payload as MatrixPoint | undefined;
    if (point === undefined || cx === undefined || cy === undefined) return <g />;
    const stated = point.basis === 'stated';
    return (
      <circle
        className="recharts-scatter-symbol"
        cx={cx}
        cy={cy}
        r={Math.max(MIN_RADIUS, diameter / 2)}
        fill={point.color}
        fillOpacity={stated ? 0.9 : 0.12}
        stroke={point.color}
        strokeWidth={stated ? 1 : 2}
        strokeDasharray={stated ? undefined : '4 3'}
        // The handler sits on the mark itself and fires on pointer-up: recharts may redraw a mark between
        // pointer-down and pointer-up (its Scatter onClick then reported the wrong point, or no click at all).
        // Keyboard users filter from the table twin's buttons.
        onPointerUp={onSelectPoint && (() => onSelectPoint(point.key))}
        style={onSelectPoint ? POINTER : undefined}
      />
    );
  }, [onSelectPoint]);
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rowLabels.length * ROW_HEIGHT + 56)} onResize={onResize}>
      <ScatterChart data={data} accessibilityLayer={false} margin={MARGIN}>
        <MemoCartesianGrid stroke={chartTheme.grid} strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="column"
          orientation="top"
          domain={columns.domain}
          ticks={columns.ticks}
          interval={0}
          tickFormatter={columnLabel}
          tick={axisTick}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <YAxis
          type="number"
          dataKey="row"
          reversed
          width={axisWidth}
          domain={rows.domain}
          ticks={rows.ticks}
          interval={0}
          tickFormatter={rowLabel}
          tick={axisTick}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <MemoZAxis type="number" dataKey="size" domain={zDomain} range={zRange} />
        <MemoTooltip cursor={false} isAnimationActive={animate} content={chartTooltip} />
        <Scatter shape={renderBubble} isAnimationActive={animate} />
      </ScatterChart>
    </ResponsiveContainer>
  );
});
