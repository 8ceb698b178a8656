import { createIdentityCache } from '../identity-cache';

/** Unique source ids in id order (S2 before S10). */
export type SortIds = (ids: Iterable<string>) => string[];

// One collator for every comparison: `localeCompare` with a locale builds one per call, and sorting a 100× deck's
// thousands of source ids that way took over half a second.
const ID_ORDER = new Intl.Collator('en', { numeric: true });
const byId = (a: string, b: string) => ID_ORDER.compare(a, b);

const sortCache = createIdentityCache<readonly { id: string }[], SortIds>();

/**
 * Sorts source ids by their rank in the dataset's ids, sorted once per dataset: a filter change builds the deck
 * again, and a 100× deck sorts the ids of thousands of rows and hundreds of slides, so they are sorted as numbers,
 * repeats dropped after. An id not in the list (none, once the dataset is validated) comes after them all, by the
 * collator.
 */
export function sourceIdSorter(sources: readonly { id: string }[]): SortIds {
  return sortCache.get(sources, buildSortIds);
}

function buildSortIds(sources: readonly { id: string }[]): SortIds {
  const sorted = sources.map((s) => s.id).sort(byId);
  const rank = new Map(sorted.map((id, index) => [id, index]));
  return (ids) => {
    const ranks: number[] = [];
    const unknown: string[] = [];
    for (const id of ids) {
      const r = rank.get(id);
      if (r !== undefined) ranks.push(r);
      else if (!unknown.includes(id)) unknown.push(id);
    }
    ranks.sort((a, b) => a - b);
    const unique: string[] = [];
    ranks.forEach((r, i) => r !== ranks[i - 1] && unique.push(sorted[r] ?? ''));
    return unknown.length === 0 ? unique : [...unique, ...unknown.sort(byId)];
  };
}
