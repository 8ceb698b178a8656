import type { TooltipPayload } from 'recharts';

export interface TooltipText {
  title: string;
  lines: string[];
}

interface ChartTooltipCardProps {
  /** The chart's rows, each with its tooltip text, found by the `key` of the hovered row. */
  rows: readonly { key: string; tooltip: TooltipText }[];
  /** Filled in by recharts, which clones this element with the hovered state. */
  active?: boolean;
  payload?: TooltipPayload;
}

function hoveredKey(payload: TooltipPayload | undefined): string | undefined {
  const row: unknown = payload?.[0]?.payload;
  return typeof row === 'object' && row !== null && 'key' in row && typeof row.key === 'string' ? row.key : undefined;
}

/** The tooltip box every chart uses: a bold title and a few lines, prepared in words by the panel. */
export function ChartTooltipCard({ rows, active, payload }: ChartTooltipCardProps) {
  const key = hoveredKey(payload);
  const row = key === undefined ? undefined : rows.find((r) => r.key === key);
  if (!active || row === undefined) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.tooltip.title}</p>
      {row.tooltip.lines.map((line, index) => (
        <p key={index} className="chart-tooltip__line">
          {line}
        </p>
      ))}
    </div>
  );
}
