import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AxisTickText } from './axis-tick-text';
import { ChartTooltipCard, type TooltipText } from './chart-tooltip-card';
import { chartTheme } from './chart-theme';

export interface StackSegment {
  key: string;
  name: string;
  color: string;
  /** Drawn as a faint tint with a dashed outline instead of a solid fill, e.g. for "Unassigned". */
  outlined?: boolean;
}

export interface StackedYearRow {
  key: string;
  label: string;
  /** Height of each segment, by segment key; a missing key is 0. */
  values: ReadonlyMap<string, number>;
  tooltip: TooltipText;
}

interface StackedYearBarChartProps {
  rows: readonly StackedYearRow[];
  segments: readonly StackSegment[];
  animate: boolean;
  onSelectSegment?: (segmentKey: string) => void;
}

/** Counts per year as stacked bars, one segment per series key (solid colour or dashed outline), thin gaps between. */
export function StackedYearBarChart({ rows, segments, animate, onSelectSegment }: StackedYearBarChartProps) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={[...rows]} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 4, left: -16 }}>
        <CartesianGrid stroke={chartTheme.grid} vertical={false} />
        <XAxis dataKey="label" tick={<AxisTickText />} axisLine={chartTheme.axisLine} tickLine={false} />
        <YAxis allowDecimals={false} tick={<AxisTickText />} axisLine={false} tickLine={false} />
        <Tooltip cursor={chartTheme.cursor} isAnimationActive={animate} content={<ChartTooltipCard rows={rows} />} />
        {segments.map((segment) => (
          <Bar
            key={segment.key}
            name={segment.name}
            dataKey={(row: StackedYearRow) => row.values.get(segment.key) ?? 0}
            stackId="year"
            fill={segment.color}
            fillOpacity={segment.outlined ? 0.2 : 1}
            stroke={segment.outlined ? segment.color : 'var(--color-surface)'}
            strokeWidth={1}
            strokeDasharray={segment.outlined ? '3 2' : undefined}
            isAnimationActive={animate}
            onClick={onSelectSegment ? () => onSelectSegment(segment.key) : undefined}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
