import { memo, useCallback, useMemo } from 'react';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { axisTick } from './axis-tick-text';
import { barEndLabel } from './bar-end-label';
import { chartTooltip, type TooltipText } from './chart-tooltip-card';
import { chartTheme } from './chart-theme';
import { MemoTooltip } from './memo-recharts';

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

const MARGIN = { top: 4, right: 8, bottom: 4, left: 4 };
/** One element for every render: a Bar's children are a prop too (recharts memoises its Bar). */
const valueLabels = <LabelList dataKey="valueLabel" content={barEndLabel} />;

/**
 * One horizontal bar per row, its value written at the end: the axis numbers would say less than the words.
 * Memoised, with the props handed to recharts kept stable while their inputs are (see sector-pillar-matrix-chart.tsx).
 */
export const ValueBarChart = memo(function ValueBarChart({ rows, color, animate }: ValueBarChartProps) {
  const data = useMemo(() => [...rows], [rows]);
  const domain = useMemo(() => [Math.min(0, ...rows.map((r) => r.value)), Math.max(0, ...rows.map((r) => r.value)) * LABEL_ROOM], [rows]);
  const labelOf = useMemo(() => new Map(rows.map((r) => [r.key, r.label])), [rows]);
  const rowLabel = useCallback((key: string) => labelOf.get(key) ?? key, [labelOf]);
  return (
    <ResponsiveContainer width="100%" height={rows.length * 40 + 24}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={MARGIN}>
        <XAxis type="number" hide domain={domain} />
        <YAxis
          type="category"
          dataKey="key"
          width={72}
          interval={0}
          tickFormatter={rowLabel}
          tick={axisTick}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <MemoTooltip cursor={chartTheme.cursor} isAnimationActive={animate} content={chartTooltip} />
        <Bar dataKey="value" fill={color} barSize={20} isAnimationActive={animate}>
          {valueLabels}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
});
