import type { Dataset } from '../data/dataset-schema';
import { computeFilteredDataset } from './apply-filters';
import { EMPTY_FILTERS, type Filters } from './filters';
import { filterParts } from './filter-definitions';

/** What a view lists; the overview counts initiatives, people and meetings together. */
export type ViewAspect = 'initiatives' | 'meetings' | 'people' | 'pillars' | 'sectors' | 'delegations' | 'overview';

export interface EmptyViewExplanation {
  aspect: ViewAspect;
  /** The filters that, together with the others, leave the view empty: removing them brings records back. */
  culprits: (keyof Filters)[];
  /** The filters the suggestion keeps. */
  kept: (keyof Filters)[];
  /** The nearest view with something in it: these filters without the culprits. */
  suggestion: Filters;
  /** What the suggestion shows (the aspect's records; for the overview, its three counts). */
  counts: { initiatives: number; people: number; meetings: number; records: number };
}

/**
 * The order in which filters are tried for removal: context first (who, when, which meeting, what words), the topic
 * last, so that the suggestion answers the topic the reader asked about ("show all Pillar III initiatives").
 */
const REMOVAL_RANK: Record<keyof Filters, number> = {
  country: 0,
  from: 1,
  to: 2,
  series: 3,
  meeting: 4,
  q: 5,
  sectors: 6,
  pillars: 7,
};
// A record, not a list: a filter added to `Filters` without a rank fails `tsc` instead of never being suggested away.
const REMOVAL_ORDER = (Object.keys(REMOVAL_RANK) as (keyof Filters)[]).sort(
  (a, b) => REMOVAL_RANK[a] - REMOVAL_RANK[b],
);

export function countAspect(filtered: Dataset, aspect: ViewAspect): number {
  switch (aspect) {
    case 'initiatives':
      return filtered.initiatives.length;
    case 'meetings':
      return filtered.meetings.length;
    case 'people':
      return filtered.people.length;
    case 'pillars':
      return filtered.pillars.length;
    case 'sectors':
      return filtered.sectors.length;
    case 'delegations':
      return filtered.participations.length;
    case 'overview':
      return filtered.initiatives.length + filtered.people.length + filtered.meetings.length;
  }
}

const isSet = (filters: Filters, key: keyof Filters) => filterParts(filters, key).length > 0;

/**
 * Why a view is empty and the nearest view that is not, or null when the view has something (or no filter is set,
 * so no filter is to blame). "Nearest" removes as few filters as possible, trying them in `REMOVAL_ORDER`; at worst
 * every filter but one goes, and if each filter alone keeps something, that always finds a view.
 */
export function explainEmptyView(
  dataset: Dataset,
  filters: Filters,
  aspect: ViewAspect,
  filtered?: Dataset,
): EmptyViewExplanation | null {
  const current = filtered ?? computeFilteredDataset(dataset, filters);
  if (countAspect(current, aspect) > 0) return null;
  const active = REMOVAL_ORDER.filter((key) => isSet(filters, key));
  if (active.length === 0) return null;
  for (let size = 1; size <= active.length; size++) {
    for (const culprits of subsetsOfSize(active, size)) {
      const suggestion = { ...filters };
      for (const key of culprits) Object.assign(suggestion, { [key]: EMPTY_FILTERS[key] });
      const result = computeFilteredDataset(dataset, suggestion);
      const records = countAspect(result, aspect);
      if (records > 0) {
        return {
          aspect,
          culprits,
          kept: active.filter((key) => !culprits.includes(key)),
          suggestion,
          counts: {
            initiatives: result.initiatives.length,
            people: result.people.length,
            meetings: result.meetings.length,
            records,
          },
        };
      }
    }
  }
  // The dataset itself has none: no filter is to blame.
  return null;
}

/** The subsets of `items` with `size` members, in order (earlier items first). */
function* subsetsOfSize<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i++) {
    for (const rest of subsetsOfSize(items, size - 1, i + 1)) yield [...items.slice(i, i + 1), ...rest];
  }
}
