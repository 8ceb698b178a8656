import type { TooltipPayload } from 'recharts';

export interface TooltipText {
  title: string;
  lines: string[];
}

interface ChartTooltipCardProps {
  /** Filled in by recharts, which clones this element with the hovered state. */
  active?: boolean;
  payload?: TooltipPayload;
}

/** The hovered row's tooltip text: every chart's rows carry theirs as `tooltip`. */
function hoveredTooltip(payload: TooltipPayload | undefined): TooltipText | undefined {
  const row: unknown = payload?.[0]?.payload;
  if (typeof row !== 'object' || row === null || !('tooltip' in row)) return undefined;
  const tooltip: unknown = row.tooltip;
  return typeof tooltip === 'object' && tooltip !== null && 'title' in tooltip && 'lines' in tooltip &&
    typeof tooltip.title === 'string' && Array.isArray(tooltip.lines)
    ? (tooltip as TooltipText)
    : undefined;
}

/** The tooltip box every chart uses: a bold title and a few lines, prepared in words by the panel. */
export function TooltipCardBody({ tooltip }: { tooltip: TooltipText }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{tooltip.title}</p>
      {tooltip.lines.map((line, index) => (
        <p key={index} className="chart-tooltip__line">
          {line}
        </p>
      ))}
    </div>
  );
}

/** The card for recharts' Tooltip: the hovered row's text, nothing while nothing is hovered. */
export function ChartTooltipCard({ active, payload }: ChartTooltipCardProps) {
  const tooltip = hoveredTooltip(payload);
  if (!active || tooltip === undefined) return null;
  return <TooltipCardBody tooltip={tooltip} />;
}

/**
 * The tooltip content every chart passes to recharts, as one element: it reads the text from the hovered row, so
 * it does not change with the rows (a changed prop makes recharts' Tooltip redraw on every filter change).
 */
export const chartTooltip = <ChartTooltipCard />;
