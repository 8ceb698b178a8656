import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { ScatterShapeProps } from 'recharts';
import type { PillarLink } from '../../data/dataset-schema';
import { wrapLabel } from '../../model/chart-rows/wrap-label';
import { AxisTickText } from './axis-tick-text';
import { ChartTooltipCard, type TooltipText } from './chart-tooltip-card';
import { chartTheme } from './chart-theme';
import { useChartWidth } from './use-chart-width';

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
const indices = (count: number) => Array.from({ length: count }, (_, index) => index);

/** Sector × pillar bubbles on two index axes: solid bubbles are stated links, dashed outlines inferred ones. */
export function SectorPillarMatrixChart({ points, columnLabels, rowLabels, animate, onSelectPoint }: SectorPillarMatrixChartProps) {
  const { width, narrow, onResize } = useChartWidth();
  const axisWidth = narrow ? 104 : 160;
  const columnWidth = width > 0 ? (width - axisWidth - 24) / Math.max(1, columnLabels.length) : 80;
  // The largest bubble fits its column and its row, so neighbours never touch.
  const maxRadius = Math.max(MIN_RADIUS + 1, Math.min(16, columnWidth / 2 - 2, ROW_HEIGHT / 2 - 3));
  const maxSize = Math.max(1, ...points.map((p) => p.size));
  const renderBubble = ({ cx, cy, width: diameter, index }: Pick<ScatterShapeProps, 'cx' | 'cy' | 'width' | 'index'>) => {
    const point = points[index];
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
        style={onSelectPoint ? { cursor: 'pointer' } : undefined}
      />
    );
  };
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rowLabels.length * ROW_HEIGHT + 56)} onResize={onResize}>
      <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 4 }}>
        <CartesianGrid stroke={chartTheme.grid} strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="column"
          orientation="top"
          domain={[-0.5, columnLabels.length - 0.5]}
          ticks={indices(columnLabels.length)}
          interval={0}
          tickFormatter={(value: number) => columnLabels[value] ?? ''}
          tick={<AxisTickText />}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <YAxis
          type="number"
          dataKey="row"
          reversed
          width={axisWidth}
          domain={[-0.5, rowLabels.length - 0.5]}
          ticks={indices(rowLabels.length)}
          interval={0}
          tickFormatter={(value: number) => wrapLabel(rowLabels[value] ?? '', Math.floor((axisWidth - 10) / chartTheme.tickCharWidth)).join('\n')}
          tick={<AxisTickText />}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <ZAxis type="number" dataKey="size" domain={[0, maxSize]} range={[Math.PI * MIN_RADIUS ** 2, Math.PI * maxRadius ** 2]} />
        <Tooltip cursor={false} isAnimationActive={animate} content={<ChartTooltipCard rows={points} />} />
        <Scatter
          data={[...points]}
          shape={renderBubble}
          isAnimationActive={animate}
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
