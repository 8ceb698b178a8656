import { memo, useCallback, useMemo } from 'react';
import { ResponsiveContainer, Scatter, ScatterChart, Symbols, XAxis, YAxis } from 'recharts';
import type { ScatterShapeProps, SymbolType } from 'recharts';
import { wrapLabel } from '../../model/chart-rows/wrap-label';
import { axisTick } from './axis-tick-text';
import { chartTooltip, type TooltipText } from './chart-tooltip-card';
import { chartTheme } from './chart-theme';
import { useChartWidth } from './use-chart-width';
import { MemoCartesianGrid, MemoTooltip } from './memo-recharts';
import { useStableHandler } from './use-stable-handler';

export interface TimelineMarker {
  key: string;
  /** Time in milliseconds. */
  x: number;
  /** Lane index, possibly nudged off the lane line to avoid overlaps. */
  y: number;
  group: string;
  tooltip: TooltipText;
}

export interface MarkerGroup {
  key: string;
  name: string;
  color: string;
  symbol: SymbolType;
}

interface TimelineScatterChartProps {
  markers: readonly TimelineMarker[];
  groups: readonly MarkerGroup[];
  /** Full lane names; shortened here to fit the axis. */
  laneLabels: readonly string[];
  xTicks: readonly number[];
  xDomain: readonly [number, number];
  formatX: (time: number) => string;
  animate: boolean;
  onSelectMarker?: (key: string) => void;
}

const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 };
/** Each marker's area in px² (about 15 px across). */
const MARKER_SIZE = 170;
const POINTER = { cursor: 'pointer' };

/**
 * Events on a time axis, one horizontal lane per category, marker shape and colour by group. Memoised, with the
 * props handed to recharts kept stable while their inputs are (see sector-pillar-matrix-chart.tsx).
 *
 * One Scatter draws every marker, each in its group's shape and colour: a Scatter per group cost recharts a set of
 * layers, registrations and selectors per group, on every filter change.
 */
export const TimelineScatterChart = memo(function TimelineScatterChart(props: TimelineScatterChartProps) {
  const { markers, groups, laneLabels, xTicks, xDomain, formatX, animate } = props;
  const onSelectMarker = useStableHandler(props.onSelectMarker);
  const { width, narrow, onResize } = useChartWidth();
  const axisWidth = narrow ? 96 : 150;
  const lanes = useMemo(() => ({ ticks: laneLabels.map((_, index) => index), domain: [-0.5, laneLabels.length - 0.5] }), [laneLabels]);
  const laneLabel = useCallback(
    (value: number) => wrapLabel(laneLabels[value] ?? '', Math.floor((axisWidth - 10) / chartTheme.tickCharWidth)).join('\n'),
    [laneLabels, axisWidth],
  );
  // A year label needs about 44 px; thin the ticks evenly to what the plot width holds.
  const fits = width > 0 ? Math.max(2, Math.floor((width - axisWidth - 20) / 44)) : xTicks.length;
  const stride = Math.ceil(xTicks.length / fits);
  const shownTicks = useMemo(() => xTicks.filter((_, index) => index % stride === 0), [xTicks, stride]);
  const domain = useMemo(() => [xDomain[0], xDomain[1]], [xDomain]);
  const data = useMemo(() => [...markers], [markers]);
  const groupByKey = useMemo(() => new Map(groups.map((group) => [group.key, group])), [groups]);
  // Each marker's own row comes with it (see sector-pillar-matrix-chart.tsx), so the shape changes only with the groups.
  const renderMarker = useCallback(({ cx, cy, payload }: Pick<ScatterShapeProps, 'cx' | 'cy' | 'payload'>) => {
    const marker = payload as TimelineMarker | undefined;
    const group = marker === undefined ? undefined : groupByKey.get(marker.group);
    if (marker === undefined || group === undefined || cx === undefined || cy === undefined) return <g />;
    return (
      <Symbols
        className="recharts-scatter-symbol"
        cx={cx}
        cy={cy}
        type={group.symbol}
        size={MARKER_SIZE}
        fill={group.color}
        stroke="var(--color-surface)"
        strokeWidth={1}
        // On the mark itself, on pointer-up, as in the matrix (see sector-pillar-matrix-chart.tsx).
        onPointerUp={onSelectMarker && (() => onSelectMarker(marker.key))}
        style={onSelectMarker ? POINTER : undefined}
      />
    );
  }, [groupByKey, onSelectMarker]);
  return (
    <ResponsiveContainer width="100%" height={laneLabels.length * 72 + 48} onResize={onResize}>
      <ScatterChart data={data} accessibilityLayer={false} margin={MARGIN}>
        <MemoCartesianGrid stroke={chartTheme.grid} strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="x"
          domain={domain}
          ticks={shownTicks}
          interval={0}
          tickFormatter={formatX}
          tick={axisTick}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <YAxis
          type="number"
          dataKey="y"
          reversed
          width={axisWidth}
          domain={lanes.domain}
          ticks={lanes.ticks}
          interval={0}
          tickFormatter={laneLabel}
          tick={axisTick}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <MemoTooltip cursor={false} isAnimationActive={animate} content={chartTooltip} />
        <Scatter shape={renderMarker} isAnimationActive={animate} />
      </ScatterChart>
    </ResponsiveContainer>
  );
});
