import { chartTheme } from './chart-theme';

interface BarWithEndLabelProps {
  /** The bar's box, in px (the marks component places each bar on the axes' scales). */
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  /** Written just past the bar's end, on one line. */
  value?: string | number;
}

/** A horizontal bar and its value just past its end: one `<rect>` and one `<text>`. */
export function BarWithEndLabel({ x = 0, y = 0, width = 0, height = 0, fill, value }: BarWithEndLabelProps) {
  // A bar of no length draws nothing, label included (a country the filters leave out).
  if (!(width > 0 && height > 0)) return null;
  return (
    <>
      <rect className="bar-shape" x={x} y={y} width={width} height={height} fill={fill} />
      <text
        x={x + width + 6}
        y={y + height / 2}
        dy="0.355em"
        fill={chartTheme.labelText.fill}
        fontSize={chartTheme.labelText.fontSize}
      >
        {value}
      </text>
    </>
  );
}
