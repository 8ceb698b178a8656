import type { Source } from '../../data/dataset-schema';

export const SOURCE_ORDERS = ['id', 'publisher', 'date'] as const;
export type SourceOrder = (typeof SOURCE_ORDERS)[number];

/** Reads the `sort` URL parameter; anything unknown falls back to the default, ordering by id. */
export function parseSourceOrder(value: string | undefined): SourceOrder {
  return SOURCE_ORDERS.find((order) => order === value) ?? 'id';
}

// Numeric collation so that S2 comes before S10 whether or not ids are zero-padded. One collator for every
// comparison (`localeCompare` with a locale builds one per call: slow on thousands of sources).
const ID_ORDER = new Intl.Collator('en', { numeric: true });
const byId = (a: Source, b: Source) => ID_ORDER.compare(a.id, b.id);

/**
 * Sources in the chosen order. "date" puts the newest first and undated sources last; a partial date ("2021-09")
 * sorts as its string, which places it before the full dates of that month. Ties fall back to the id.
 */
export function sortSources(sources: readonly Source[], order: SourceOrder, collationLocale: string): Source[] {
  const sorted = [...sources];
  if (order === 'id') return sorted.sort(byId);
  if (order === 'publisher') {
    const publisherOrder = new Intl.Collator(collationLocale);
    return sorted.sort((a, b) => publisherOrder.compare(a.publisher, b.publisher) || byId(a, b));
  }
  return sorted.sort((a, b) => {
    if (a.published === b.published) return byId(a, b);
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return b.published.localeCompare(a.published);
  });
}
