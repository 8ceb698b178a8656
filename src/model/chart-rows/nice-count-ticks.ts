/**
 * Ticks for a count axis from 0 to at least `max`: whole numbers, evenly stepped by 1, 2 or 5 times a power of ten,
 * at most `intervals` steps; the last tick is the axis's end. A max of 0 or less gives [0, 1].
 */
export function niceCountTicks(max: number, intervals = 4): number[] {
  if (!(max > 0)) return [0, 1];
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const fit = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(max / s) <= intervals);
    if (fit !== undefined) {
      step = fit;
      break;
    }
  }
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, index) => index * step);
}

/** A count axis from 0: its ticks (niceCountTicks), the value at its end, and its domain, for a chart's value axis. */
export function countAxis(max: number): { ticks: number[]; end: number; domain: [number, number] } {
  const ticks = niceCountTicks(max);
  const end = ticks[ticks.length - 1] ?? 1;
  return { ticks, end, domain: [0, end] };
}
