/**
 * SVG styling shared by the charts, from the design tokens so both themes stay legible: axis text in the muted
 * text colour, grid lines in the border colour.
 */
export const chartTheme = {
  tick: { fill: 'var(--color-text-muted)', fontSize: 12 },
  /** A generous average width of a 12 px tick character (wide fallback fonts included), to fit labels to an axis. */
  tickCharWidth: 7.2,
  axisLine: { stroke: 'var(--color-border-strong)' },
  grid: 'var(--color-border)',
  labelText: { fill: 'var(--color-text)', fontSize: 12 },
} as const;

/**
 * For CartesianGrid's coordinate generators in the direction a chart draws no lines: recharts works the lines out
 * even when told not to draw them (measuring tick labels to do so). None asked, none made.
 */
export const noGridLines = (): number[] => [];
