import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { wrapLabel } from '../../model/chart-rows/wrap-label';
import { AxisTickText } from './axis-tick-text';
import { BarEndLabel } from './bar-end-label';
import { ChartTooltipCard, type TooltipText } from './chart-tooltip-card';
import { chartTheme } from './chart-theme';
import { useChartWidth } from './use-chart-width';

export interface BarSeries {
  key: string;
  name: string;
  color: string;
}

export interface GroupedBarRow {
  key: string;
  /** Full label ("\n" for a preferred line break); wrapped and shortened here to fit the axis. */
  label: string;
  /** Bar length for each series key; a missing key is 0. */
  values: ReadonlyMap<string, number>;
  tooltip: TooltipText;
}

interface GroupedBarChartProps {
  rows: readonly GroupedBarRow[];
  series: readonly BarSeries[];
  animate: boolean;
  onSelectRow?: (rowKey: string) => void;
}

const BAR_SIZE = 12;

/** Horizontal bars grouped by row (one bar per series, always in series order), each labelled with its value. */
export function GroupedBarChart({ rows, series, animate, onSelectRow }: GroupedBarChartProps) {
  const { narrow, onResize } = useChartWidth();
  const axisWidth = narrow ? 112 : 150;
  const maxChars = Math.floor((axisWidth - 10) / chartTheme.tickCharWidth);
  const labelOf = new Map(rows.map((r) => [r.key, wrapLabel(r.label, maxChars).join('\n')]));
  const height = rows.length * (series.length * BAR_SIZE + 20) + 40;
  return (
    <ResponsiveContainer width="100%" height={height} onResize={onResize}>
      <BarChart
        data={[...rows]}
        layout="vertical"
        accessibilityLayer={false}
        barGap={2}
        margin={{ top: 4, right: 28, bottom: 4, left: 4 }}
      >
        <CartesianGrid stroke={chartTheme.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={<AxisTickText />} axisLine={chartTheme.axisLine} tickLine={false} />
        <YAxis
          type="category"
          dataKey="key"
          width={axisWidth}
          interval={0}
          tickFormatter={(key: string) => labelOf.get(key) ?? key}
          tick={<AxisTickText />}
          axisLine={chartTheme.axisLine}
          tickLine={false}
        />
        <Tooltip cursor={chartTheme.cursor} isAnimationActive={animate} content={<ChartTooltipCard rows={rows} />} />
        {series.map((s) => (
          <Bar
            key={s.key}
            name={s.name}
            dataKey={(row: GroupedBarRow) => row.values.get(s.key) ?? 0}
            fill={s.color}
            barSize={BAR_SIZE}
            isAnimationActive={animate}
            onClick={
              onSelectRow &&
              ((_item, index) => {
                const row = rows[index];
                if (row !== undefined) onSelectRow(row.key);
              })
            }
          >
            <LabelList content={<BarEndLabel />} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
