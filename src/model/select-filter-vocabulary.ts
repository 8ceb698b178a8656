import type { Dataset } from '../data/dataset-schema';
import type { FilterVocabulary } from './filters';

/** The ids a link may name for this dataset. */
export function selectFilterVocabulary(dataset: Dataset): FilterVocabulary {
  return {
    countries: new Set(dataset.dialogue.countries.map((c) => c.code)),
    pillars: new Set(dataset.pillars.map((p) => p.id)),
    sectors: new Set(dataset.sectors.map((s) => s.id)),
    series: new Set(dataset.series.map((s) => s.id)),
    meetings: new Set(dataset.meetings.map((m) => m.id)),
  };
}
