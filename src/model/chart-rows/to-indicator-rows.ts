import type { Indicator, LocalizedText } from '../../data/dataset-schema';

export interface IndicatorRow {
  indicatorId: string;
  year: number;
  /** The bar's category: the year, or "2012 (2)" for the second reading of a year. */
  category: string;
  value: number;
  unit: string;
  qualifier: Indicator['qualifier'];
  label: LocalizedText;
  period: LocalizedText | undefined;
}

/** One bar per reading of a metric, by year then id; two readings of one year (two sources) stay two bars. */
export function toIndicatorRows(indicators: readonly Indicator[], metric: string): IndicatorRow[] {
  const readings = indicators
    .filter((i) => i.metric === metric)
    .sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const perYear = new Map<number, number>();
  for (const r of readings) perYear.set(r.year, (perYear.get(r.year) ?? 0) + 1);
  const seen = new Map<number, number>();
  return readings.map((r) => {
    const nth = (seen.get(r.year) ?? 0) + 1;
    seen.set(r.year, nth);
    return {
      indicatorId: r.id,
      year: r.year,
      category: (perYear.get(r.year) ?? 1) > 1 ? `${r.year} (${nth})` : String(r.year),
      value: r.value,
      unit: r.unit,
      qualifier: r.qualifier,
      label: r.label,
      period: r.period,
    };
  });
}
