import { memo, useCallback, useMemo, useRef, type RefObject } from 'react';
import { Symbols, XAxis, YAxis } from 'recharts';
import type { SymbolType } from 'recharts';
import { indexAxis } from '../../model/chart-rows/index-axis';
import { wrapLabel } from '../../model/chart-rows/wrap-label';
import type { TooltipText } from './chart-tooltip-card';
import type { HoverTooltipHandle } from './chart-hover-tooltip';
import { chartTheme } from './chart-theme';
import { useChartWidth } from './use-chart-width';
import { MemoCartesianGrid } from './memo-recharts';
import { ChartMarks, OWN_DOMAIN_AXIS, OwnMarksChart, usePlotScales } from './own-marks-chart';

interface TimelineMarker {
  key: string;
  /** Time in milliseconds. */
  x: number;
  /** Lane index, possibly nudged off the lane line to avoid overlaps. */
  y: number;
  group: string;
  tooltip: TooltipText;
}

interface MarkerGroup {
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
  /** The frame (lanes, ticks, span) stays as it is while the filters change the markers: see TimelineFrame. */
  xTicks: readonly number[];
  xDomain: readonly [number, number];
  formatX: (time: number) => string;
  onSelectMarker?: (key: string) => void;
}

const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 };
/** Each marker's area in px² (about 15 px across). */
const MARKER_SIZE = 170;

/**
 * Events on a time axis, one horizontal lane per category, marker shape and colour by group. Memoised, with the
 * props handed to recharts kept stable while their inputs are (see sector-pillar-matrix-chart.tsx).
 *
 * recharts draws the frame (axes, grid); the markers are drawn by TimelineMarkers on its axes' scales, with their
 * own hover tooltip. The axes come from the whole dataset, and recharts holds no data, so a filter change leaves
 * recharts' store as it is: only the markers are drawn again. A recharts Scatter, fed the filtered markers, cost
 * its store updates and three render passes of the whole chart on every filter change.
 */
export const TimelineScatterChart = memo(function TimelineScatterChart(props: TimelineScatterChartProps) {
  const { markers, groups, laneLabels, xTicks, xDomain, formatX, onSelectMarker } = props;
  const { width, narrow, onResize } = useChartWidth();
  const tooltip = useRef<HoverTooltipHandle>(null);
  const axisWidth = narrow ? 96 : 150;
  const lanes = useMemo(() => indexAxis(laneLabels.length), [laneLabels.length]);
  // Up to four lines (a 72 px lane holds them): a series name may carry its status, "(2021–; no meeting recorded
  // since April 2024)", which two lines would cut.
  const laneLabel = useCallback(
    (value: number) =>
      wrapLabel(laneLabels[value] ?? '', Math.floor((axisWidth - 10) / chartTheme.tickCharWidth), 4).join('\n'),
    [laneLabels, axisWidth],
  );
  // A year label needs about 44 px; thin the ticks evenly to what the plot width holds.
  const fits = width > 0 ? Math.max(2, Math.floor((width - axisWidth - 20) / 44)) : xTicks.length;
  const stride = Math.ceil(xTicks.length / fits);
  const shownTicks = useMemo(() => xTicks.filter((_, index) => index % stride === 0), [xTicks, stride]);
  const domain = useMemo(() => [xDomain[0], xDomain[1]], [xDomain]);
  const height = laneLabels.length * 72 + 48;
  return (
    <OwnMarksChart height={height} width={width} onResize={onResize} tooltip={tooltip} margin={MARGIN}>
      <MemoCartesianGrid stroke={chartTheme.grid} strokeDasharray="2 4" />
      <XAxis {...OWN_DOMAIN_AXIS} dataKey="x" domain={domain} ticks={shownTicks} tickFormatter={formatX} />
      <YAxis
        {...OWN_DOMAIN_AXIS}
        dataKey="y"
        reversed
        width={axisWidth}
        domain={lanes.domain}
        ticks={lanes.ticks}
        tickFormatter={laneLabel}
      />
      <TimelineMarkers markers={markers} groups={groups} tooltip={tooltip} onSelectMarker={onSelectMarker} />
    </OwnMarksChart>
  );
});

interface TimelineMarkersProps {
  markers: readonly TimelineMarker[];
  groups: readonly MarkerGroup[];
  tooltip: RefObject<HoverTooltipHandle | null>;
  onSelectMarker: ((key: string) => void) | undefined;
}

/**
 * The markers, placed by the axes' scales (recharts' hooks, inside the chart), each in its group's shape and
 * colour. Pointing at one shows its tooltip; a click on one (on pointer-up, as in the matrix: see
 * sector-pillar-matrix-chart.tsx) selects it. Keyboard users select from the table twin. A marker new to the
 * drawing fades in (charts.css), unless the reader prefers reduced motion.
 */
const TimelineMarkers = memo(function TimelineMarkers({
  markers,
  groups,
  tooltip,
  onSelectMarker,
}: TimelineMarkersProps) {
  const scales = usePlotScales();
  const groupByKey = useMemo(() => new Map(groups.map((group) => [group.key, group])), [groups]);
  if (scales === null) return null;
  const { x, y } = scales;
  return (
    <ChartMarks marks={markers} tooltip={tooltip}>
      {markers.map((marker) => {
        const group = groupByKey.get(marker.group);
        const cx = x(marker.x);
        const cy = y(marker.y);
        if (group === undefined || cx === undefined || cy === undefined) return null;
        return (
          <Symbols
            key={marker.key}
            className="chart-mark"
            cx={cx}
            cy={cy}
            type={group.symbol}
            size={MARKER_SIZE}
            fill={group.color}
            stroke="var(--color-surface)"
            strokeWidth={1}
            onPointerEnter={() => tooltip.current?.show(marker.tooltip, cx, cy)}
            onPointerUp={onSelectMarker && (() => onSelectMarker(marker.key))}
          />
        );
      })}
    </ChartMarks>
  );
});
