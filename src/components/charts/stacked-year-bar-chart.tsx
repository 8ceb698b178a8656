import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AxisTickText } from './axis-tick-text';
import { ChartTooltipCard, type TooltipText } from './chart-tooltip-card';
import { chartTheme } from './chart-theme';

export interface StackSegment {
  key: string;
  name: string;
  color: string;
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

/** Counts per year as stacked bars, one coloured segment per series key, thin surface-coloured gaps between. */
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
            stroke="var(--color-surface)"
            strokeWidth={1}
            isAnimationActive={animate}
            onClick={onSelectSegment ? () => onSelectSegment(segment.key) : undefined}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
