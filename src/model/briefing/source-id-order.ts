import { createIdentityCache } from '../identity-cache';

export type IdOrder = (a: string, b: string) => number;

// One collator for every comparison: `localeCompare` with a locale builds one per call, and sorting a 100× deck's
// thousands of source ids that way took over half a second.
const ID_ORDER = new Intl.Collator('en', { numeric: true });
const byId: IdOrder = (a, b) => ID_ORDER.compare(a, b);

const orderCache = createIdentityCache<readonly { id: string }[], IdOrder>();

/**
 * The dataset's source ids in id order (S2 before S10), as a comparison of ranks sorted once per dataset: a filter
 * change builds the deck again, and a 100× deck sorts the ids of hundreds of slides. An id not in the list (none,
 * once the dataset is validated) sorts after them all, by the collator.
 */
export function sourceIdOrder(sources: readonly { id: string }[]): IdOrder {
  return orderCache.get(sources, buildIdOrder);
}

function buildIdOrder(sources: readonly { id: string }[]): IdOrder {
  const rank = new Map(
    sources
      .map((s) => s.id)
      .sort(byId)
      .map((id, index) => [id, index]),
  );
  const order: IdOrder = (a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    return ra !== undefined ? -1 : rb !== undefined ? 1 : byId(a, b);
  };
  return order;
}
