import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AxisTickText } from './axis-tick-text';
import { BarEndLabel } from './bar-end-label';
import { ChartTooltipCard, type TooltipText } from './chart-tooltip-card';
import { chartTheme } from './chart-theme';

export interface ValueBarRow {
  key: string;
  label: string;
  value: number;
  /** The value in words, printed at the end of its bar. */
  valueLabel: string;
  tooltip: TooltipText;
}

interface ValueBarChartProps {
  rows: readonly ValueBarRow[];
  color: string;
  animate: boolean;
}

/** Room to the right of the longest bar for its value label ("$864 mil millones") on a phone-width screen. */
const LABEL_ROOM = 1.9;

/** One horizontal bar per row, its value written at the end: the axis numbers would say less than the words. */
export function ValueBarChart({ rows, color, animate }: ValueBarChartProps) {
  const labelOf = new Map(rows.map((r) => [r.key, r.label]));
  const max = Math.max(0, ...rows.map((r) => r.value));
  const min = Math.min(0, ...rows.map((r) => r.value));
  return (
    <ResponsiveContainer width="100%" height={rows.length * 40 + 24}>
      <BarChart data={[...rows]} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 4, left: 4 }}>
        <XAxis type="number" hide domain={[min, max * LABEL_ROOM]} />
        <YAxis
          type="category"
          dataKey="key"
          width={72}
          interval={0}
          tickFormatter={(key: string) => labelOf.get(key) ?? key}
          tick={<AxisTickText />}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <Tooltip cursor={chartTheme.cursor} isAnimationActive={animate} content={<ChartTooltipCard rows={rows} />} />
        <Bar dataKey="value" fill={color} barSize={20} isAnimationActive={animate}>
          <LabelList dataKey="valueLabel" content={<BarEndLabel />} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
