import { memo, useCallback, useMemo, useRef, type RefObject } from 'react';
import { XAxis, YAxis } from 'recharts';
import type { PillarLink } from '../../data/dataset-schema';
import { bubbleRadius, MIN_BUBBLE_RADIUS } from '../../model/chart-rows/bubble-radius';
import { indexAxis } from '../../model/chart-rows/index-axis';
import { toMatrixAxisLabels } from '../../model/chart-rows/to-matrix-axis-labels';
import type { TooltipText } from './chart-tooltip-card';
import type { HoverTooltipHandle } from './chart-hover-tooltip';
import { chartTheme } from './chart-theme';
import { useChartWidth } from './use-chart-width';
import { MemoCartesianGrid } from './memo-recharts';
import { ChartMarks, OWN_DOMAIN_AXIS, OwnMarksChart, usePlotScales } from './own-marks-chart';

interface MatrixPoint {
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
  /**
   * Each column's label: `full` ("2021–\nI · Building Back Together") where the column has room for words, else
   * `short` ("2021–\nI"); the legend names every column in full.
   */
  columnLabels: readonly { full: string; short: string }[];
  /** Full names; wrapped here to fit the axis. */
  rowLabels: readonly string[];
  /** The size drawn as the largest bubble: the frame's largest, so that a bubble keeps its size across filters. */
  sizeMax: number;
  onSelectPoint?: (key: string) => void;
}

const ROW_HEIGHT = 40;
const MARGIN = { top: 8, right: 16, bottom: 8, left: 4 };

/**
 * Sector × pillar bubbles on two index axes: solid bubbles are stated links, dashed outlines inferred ones.
 * Memoised, with every prop handed to recharts kept stable while its inputs are.
 *
 * recharts draws the frame (axes, grid); the bubbles are drawn by MatrixBubbles on its axes' scales, with their own
 * hover tooltip (as the timeline's markers: see timeline-scatter-chart.tsx). While the rows and columns stay (the
 * panel gives the whole dataset's where they fit), a filter change leaves recharts' store as it is and redraws only
 * the bubbles.
 */
export const SectorPillarMatrixChart = memo(function SectorPillarMatrixChart(props: SectorPillarMatrixChartProps) {
  const { points, columnLabels, rowLabels, sizeMax, onSelectPoint } = props;
  const { width, narrow, onResize } = useChartWidth();
  const tooltip = useRef<HoverTooltipHandle>(null);
  const axisWidth = narrow ? 116 : 200;
  const columnWidth = width > 0 ? (width - axisWidth - 24) / Math.max(1, columnLabels.length) : 80;
  const columns = useMemo(() => indexAxis(columnLabels.length), [columnLabels.length]);
  const rows = useMemo(() => indexAxis(rowLabels.length), [rowLabels.length]);
  // Labels are wrapped at spaces to their column's or the axis's width; the axes grow to hold every line.
  const labels = useMemo(
    () => toMatrixAxisLabels({ columns: columnLabels, rows: rowLabels, columnWidth, rowAxisWidth: axisWidth }),
    [columnLabels, rowLabels, columnWidth, axisWidth],
  );
  const { rowHeight, columnAxisHeight } = labels;
  // The largest bubble fits its column and its row, so neighbours never touch.
  const maxRadius = Math.max(MIN_BUBBLE_RADIUS + 1, Math.min(16, columnWidth / 2 - 2, ROW_HEIGHT / 2 - 3));
  const columnLabel = useCallback((value: number) => labels.columns[value]?.join('\n') ?? '', [labels]);
  const rowLabel = useCallback((value: number) => labels.rows[value]?.join('\n') ?? '', [labels]);
  const height = Math.max(160, rowLabels.length * rowHeight + columnAxisHeight + 26);
  return (
    <OwnMarksChart height={height} width={width} onResize={onResize} tooltip={tooltip} margin={MARGIN}>
      <MemoCartesianGrid stroke={chartTheme.grid} strokeDasharray="2 4" />
      <XAxis
        {...OWN_DOMAIN_AXIS}
        dataKey="column"
        orientation="top"
        height={columnAxisHeight}
        domain={columns.domain}
        ticks={columns.ticks}
        tickFormatter={columnLabel}
      />
      <YAxis
        {...OWN_DOMAIN_AXIS}
        dataKey="row"
        reversed
        width={axisWidth}
        domain={rows.domain}
        ticks={rows.ticks}
        tickFormatter={rowLabel}
      />
      <MatrixBubbles
        points={points}
        sizeMax={sizeMax}
        maxRadius={maxRadius}
        tooltip={tooltip}
        onSelectPoint={onSelectPoint}
      />
    </OwnMarksChart>
  );
});

interface MatrixBubblesProps {
  points: readonly MatrixPoint[];
  sizeMax: number;
  maxRadius: number;
  tooltip: RefObject<HoverTooltipHandle | null>;
  onSelectPoint: ((key: string) => void) | undefined;
}

/**
 * The bubbles, placed by the axes' scales. Pointing at one shows its tooltip. A click selects it: the handler sits
 * on the mark itself and fires on pointer-up (a recharts Scatter's onClick, when recharts drew the marks, could
 * report the wrong point when a mark was redrawn between pointer-down and pointer-up). Keyboard users filter from
 * the table twin's buttons. A bubble new to the drawing fades in (charts.css), unless the reader prefers reduced motion.
 */
const MatrixBubbles = memo(function MatrixBubbles({
  points,
  sizeMax,
  maxRadius,
  tooltip,
  onSelectPoint,
}: MatrixBubblesProps) {
  const scales = usePlotScales();
  if (scales === null) return null;
  const { x, y } = scales;
  return (
    <ChartMarks marks={points} tooltip={tooltip}>
      {points.map((point) => {
        const cx = x(point.column);
        const cy = y(point.row);
        if (cx === undefined || cy === undefined) return null;
        const stated = point.basis === 'stated';
        return (
          <circle
            key={point.key}
            className="chart-mark"
            cx={cx}
            cy={cy}
            r={bubbleRadius(point.size, sizeMax, maxRadius)}
            fill={point.color}
            fillOpacity={stated ? 0.9 : 0.12}
            stroke={point.color}
            strokeWidth={stated ? 1 : 2}
            strokeDasharray={stated ? undefined : '4 3'}
            onPointerEnter={() => tooltip.current?.show(point.tooltip, cx, cy)}
            onPointerUp={onSelectPoint && (() => onSelectPoint(point.key))}
          />
        );
      })}
    </ChartMarks>
  );
});
