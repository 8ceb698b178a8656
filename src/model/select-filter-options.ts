import type { Dataset } from '../data/dataset-schema';
import { pickText } from './pick-text';

interface FilterOption {
  value: string;
  label: string;
  /** "en" when a Spanish page shows an English fallback label. */
  lang?: 'en';
}

export interface FilterOptionGroup {
  label: string;
  options: FilterOption[];
}

export interface FilterOptions {
  countries: FilterOption[];
  pillars: FilterOptionGroup[];
  sectors: FilterOption[];
  series: FilterOption[];
  meetings: FilterOptionGroup[];
  years: number[];
}

/** Everything the filter bar offers, in the reader's language, grouped by series and in date order. */
export function selectFilterOptions(dataset: Dataset, locale: 'en' | 'es'): FilterOptions {
  const labelOrder = new Intl.Collator(locale);
  const option = (value: string, text: { en: string; es?: string }): FilterOption => {
    const label = pickText(text, locale);
    return locale === 'es' && text.es === undefined ? { value, label, lang: 'en' } : { value, label };
  };
  const seriesByStart = [...dataset.series].sort((a, b) => a.startYear - b.startYear);
  const years = new Set<number>();
  dataset.meetings.forEach((m) => years.add(Number(m.date.slice(0, 4))));
  dataset.initiatives.forEach((n) => n.date !== null && years.add(Number(n.date.slice(0, 4))));

  return {
    countries: dataset.dialogue.countries.map((c) => option(c.code, c.name)),
    pillars: seriesByStart.map((s) => ({
      label: pickText(s.name, locale),
      options: dataset.pillars
        .filter((p) => p.series === s.id)
        .sort((a, b) => (a.kind === b.kind ? a.number - b.number : a.kind === 'pillar' ? -1 : 1))
        .map((p) => option(p.id, p.name)),
    })),
    sectors: dataset.sectors.map((s) => option(s.id, s.name)).sort((a, b) => labelOrder.compare(a.label, b.label)),
    series: seriesByStart.map((s) => option(s.id, s.name)),
    meetings: seriesByStart.map((s) => ({
      label: pickText(s.name, locale),
      options: dataset.meetings
        .filter((m) => m.series === s.id)
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((m) => {
          const base = option(m.id, m.title);
          return { ...base, label: `${m.date} · ${base.label}` };
        }),
    })),
    years: [...years].sort((a, b) => a - b),
  };
}
