import { memo, useCallback, useMemo } from 'react';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { SymbolType } from 'recharts';
import { wrapLabel } from '../../model/chart-rows/wrap-label';
import { axisTick } from './axis-tick-text';
import { ChartTooltipCard, type TooltipText } from './chart-tooltip-card';
import { chartTheme } from './chart-theme';
import { useChartWidth } from './use-chart-width';
import { equalExceptHandlers, useStableHandler } from './use-stable-handler';

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
const Z_RANGE: [number, number] = [170, 170];

/**
 * Events on a time axis, one horizontal lane per category, marker shape and colour by group. Memoised, with the
 * props handed to recharts kept stable while their inputs are (see sector-pillar-matrix-chart.tsx).
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
  const tooltip = useMemo(() => <ChartTooltipCard rows={markers} />, [markers]);
  const series = useMemo(
    () =>
      groups.map((group) => {
        const data = markers.filter((m) => m.group === group.key);
        const onClick = (_item: unknown, index: number) => {
          const marker = data[index];
          if (marker !== undefined) onSelectMarker?.(marker.key);
        };
        return { group, data, onClick };
      }),
    [groups, markers, onSelectMarker],
  );
  return (
    <ResponsiveContainer width="100%" height={laneLabels.length * 72 + 48} onResize={onResize}>
      <ScatterChart accessibilityLayer={false} margin={MARGIN}>
        <CartesianGrid stroke={chartTheme.grid} strokeDasharray="2 4" />
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
        <ZAxis type="number" range={Z_RANGE} />
        <Tooltip cursor={false} isAnimationActive={animate} content={tooltip} />
        {series.map(({ group, data, onClick }) => (
          <Scatter
            key={group.key}
            name={group.name}
            data={data}
            shape={group.symbol}
            fill={group.color}
            stroke="var(--color-surface)"
            strokeWidth={1}
            isAnimationActive={animate}
            onClick={onSelectMarker && onClick}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}, equalExceptHandlers<TimelineScatterChartProps>('onSelectMarker'));
