import { chartTheme } from './chart-theme';

interface BarEndLabelProps {
  /** Filled in by recharts' LabelList, which clones this element for each bar. */
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** A horizontal bar's value written just past its end, on one line (recharts' default label wraps long words). */
export function BarEndLabel({ x = 0, y = 0, width = 0, height = 0, value }: BarEndLabelProps) {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return (
    <text
      x={Number(x) + Number(width) + 6}
      y={Number(y) + Number(height) / 2}
      dy="0.355em"
      fill={chartTheme.labelText.fill}
      fontSize={chartTheme.labelText.fontSize}
    >
      {text}
    </text>
  );
}

/** The label every horizontal bar chart uses, as one element (see axisTick). */
export const barEndLabel = <BarEndLabel />;
