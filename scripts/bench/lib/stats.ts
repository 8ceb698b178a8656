/** Order statistics for small samples of timings. Every function throws on an empty sample: a figure made of no
 * measurements must never be printed as zero. */

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no values');
  return [...values].sort((a, b) => a - b);
}

/**
 * The p-th percentile (0–100) by the nearest-rank method: the smallest value with at least p% of the sample at or
 * below it. Nearest rank always returns a measured value (no interpolation between two runs), which is what a
 * "95% of filter changes took at most X ms" statement means.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`);
  const s = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

/** The median; the mean of the two middle values for an even sample. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const s = sorted(values);
  return {
    n: s.length,
    min: s[0] as number,
    median: median(s),
    p95: percentile(s, 95),
    max: s[s.length - 1] as number,
  };
}
