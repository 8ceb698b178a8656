import type { InitiativesByPillar } from './to-initiatives-by-pillar-rows';

/** Above this many years a stacked-bar chart's columns come from the rows drawn, not from a frame kept fixed. */
export const MAX_FRAME_YEARS = 40;

/** A year's stack height: its pillars' counts and its unassigned (an initiative under two pillars is in both). */
export function stackTotal(row: InitiativesByPillar['rows'][number]): number {
  let total = row.unassigned;
  for (const count of row.byPillar.values()) total += count;
  return total;
}

/**
 * The axes of the initiatives-by-year chart drawn from `whole` (the whole dataset's rows): every year from the first
 * to the last, and the tallest stack. Null when there are too many years for columns kept whatever the filters.
 */
export function toStackedYearAxis(whole: InitiativesByPillar): { years: number[]; valueMax: number } | null {
  if (whole.rows.length > MAX_FRAME_YEARS) return null;
  return { years: whole.rows.map((row) => row.year), valueMax: Math.max(0, ...whole.rows.map(stackTotal)) };
}

/**
 * Which of `count` columns get a label when `width` px holds them: all when each has `minPx`, else every second (or
 * third …), counted back from the last, so the latest year is always named.
 */
export function labelledColumns(count: number, width: number, minPx = 36): number[] {
  const all = Array.from({ length: count }, (_, index) => index);
  if (width <= 0 || count === 0) return all;
  const step = Math.max(1, Math.ceil(minPx / (width / count)));
  return all.filter((index) => (count - 1 - index) % step === 0);
}
