import type { Citation, Source } from '../../data/dataset-schema';
import { indexById } from '../record-indexes';

const RELIABILITY_RANK: Record<Source['reliability'], number> = { official: 0, news: 1, low: 2 };

/**
 * The unique source ids a set of records cites, strongest first: official, then news, then low reliability, each
 * group by id. An id missing from `sources` (integrity checks forbid it) sorts last rather than vanishing.
 */
export function selectCitedSources(
  records: readonly { readonly citations: readonly Citation[] }[],
  sources: readonly Source[],
): string[] {
  const byId = indexById(sources);
  const ids = new Set<string>();
  for (const record of records) for (const citation of record.citations) ids.add(citation.source);
  // Bucketed by rank, then each bucket in code-unit order (what the default sort does): thousands of ids sort
  // without a lookup per comparison.
  const buckets: string[][] = [[], [], [], []];
  for (const id of ids) {
    const source = byId.get(id);
    buckets[source === undefined ? 3 : RELIABILITY_RANK[source.reliability]]?.push(id);
  }
  return buckets.flatMap((bucket) => bucket.sort());
}
