import { chartTheme } from './chart-theme';

interface AxisTickTextProps {
  /** Filled in by recharts, which clones this element for each tick. */
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  payload?: { value?: unknown };
  index?: number;
  tickFormatter?: (value: unknown, index: number) => string;
}

const LINE_HEIGHT_EM = 1.15;
/** Where the first baseline sits, in em, for one line: below the tick (start), on it (middle) or above it (end). */
const FIRST_LINE_EM = { start: 0.71, middle: 0.355, end: 0 } as const;

/**
 * Tick text whose line breaks are chosen by the chart ("\n" in the formatted label, see wrapLabel). recharts'
 * default tick wraps by its own measure inside narrow axes, splitting names mid-phrase.
 */
function AxisTickText(props: AxisTickTextProps) {
  const { x, y, textAnchor = 'end', verticalAnchor = 'middle', payload, index = 0, tickFormatter } = props;
  const value = payload?.value;
  const raw = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const lines = (tickFormatter ? tickFormatter(value, index) : raw).split('\n');
  const shift =
    verticalAnchor === 'middle'
      ? ((lines.length - 1) * LINE_HEIGHT_EM) / 2
      : verticalAnchor === 'end'
        ? (lines.length - 1) * LINE_HEIGHT_EM
        : 0;
  return (
    <text x={x} y={y} textAnchor={textAnchor} fill={chartTheme.tick.fill} fontSize={chartTheme.tick.fontSize}>
      {lines.map((line, lineIndex) => (
        <tspan
          key={lineIndex}
          x={x}
          dy={`${lineIndex === 0 ? FIRST_LINE_EM[verticalAnchor] - shift : LINE_HEIGHT_EM}em`}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The tick every chart's axes use, as one element: a new element per render is a changed prop to recharts. */
export const axisTick = <AxisTickText />;
