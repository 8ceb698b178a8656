import type { Indicator } from '../../data/dataset-schema';

/**
 * The metric an indicator chart shows by default: the one with the most data points; on a tie, the one spanning
 * more distinct years (a series over time says more than three readings of one year), then the first by id.
 * Null when there are no indicators.
 */
export function selectIndicatorMetric(indicators: readonly Indicator[]): string | null {
  const stats = new Map<string, { points: number; years: Set<number> }>();
  for (const indicator of indicators) {
    const entry = stats.get(indicator.metric) ?? { points: 0, years: new Set<number>() };
    entry.points += 1;
    entry.years.add(indicator.year);
    stats.set(indicator.metric, entry);
  }
  let best: { metric: string; points: number; years: number } | null = null;
  for (const [metric, { points, years }] of stats) {
    const better =
      best === null ||
      points > best.points ||
      (points === best.points && (years.size > best.years || (years.size === best.years && metric < best.metric)));
    if (better) best = { metric, points, years: years.size };
  }
  return best === null ? null : best.metric;
}
