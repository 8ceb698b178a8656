export interface TooltipText {
  title: string;
  lines: string[];
}

/** The tooltip box every chart uses: a bold title and a few lines, prepared in words by the panel. */
export function ChartTooltipCard({ tooltip }: { tooltip: TooltipText }) {
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
