import type { IndicatorRow } from './to-indicator-rows';

export interface IndicatorTakeaway {
  /** The earliest reading. */
  first: IndicatorRow;
  /** The latest reading, or null when every reading is from the same year. */
  last: IndicatorRow | null;
}

/** The first and last readings of an indicator chart, to say how the metric moved; null without readings. */
export function selectIndicatorTakeaway(rows: readonly IndicatorRow[]): IndicatorTakeaway | null {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return null;
  return { first, last: last.year === first.year ? null : last };
}
