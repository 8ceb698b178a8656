import { memo } from 'react';
import { Symbols, type SymbolType } from 'recharts';

interface LegendMarkerProps {
  color: string;
  symbol?: SymbolType;
  /** Outlined markers have a dashed stroke and a faint fill, as inferred links do in the matrix. */
  outlined?: boolean;
}

/**
 * A 16 px drawing of a chart mark for the HTML legend, so the legend shows exactly what the chart draws. Memoised:
 * legends are rebuilt on every filter change, their markers seldom change.
 */
export const LegendMarker = memo(function LegendMarker({
  color,
  symbol = 'square',
  outlined = false,
}: LegendMarkerProps) {
  return (
    <svg
      className="chart-legend__marker"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <Symbols
        cx={8}
        cy={8}
        type={symbol}
        size={symbol === 'square' ? 130 : 110}
        fill={color}
        fillOpacity={outlined ? 0.2 : 1}
        stroke={color}
        strokeWidth={outlined ? 1.5 : 1}
        strokeDasharray={outlined ? '3 2' : undefined}
      />
    </svg>
  );
});
