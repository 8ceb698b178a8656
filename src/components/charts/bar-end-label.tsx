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

interface BarWithEndLabelProps {
  /** The bar's box, in px (GroupedBars places each bar). */
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  value?: unknown;
}

/**
 * A horizontal bar and its value just past its end: one `<rect>` and one `<text>` (recharts' LabelList drew the
 * same text with a layer and several components per label).
 */
export function BarWithEndLabel({ x = 0, y = 0, width = 0, height = 0, fill, value }: BarWithEndLabelProps) {
  // Like recharts' own bars and labels: a bar of no length draws nothing (a country the filters leave out).
  if (!(width > 0 && height > 0)) return null;
  return (
    <>
      <rect className="bar-shape" x={x} y={y} width={width} height={height} fill={fill} />
      <BarEndLabel x={x} y={y} width={width} height={height} value={value} />
    </>
  );
}
