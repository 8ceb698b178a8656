import type { Citation, Source } from '../../data/dataset-schema';

const RELIABILITY_RANK: Record<Source['reliability'], number> = { official: 0, news: 1, low: 2 };

/**
 * The unique source ids a set of records cites, strongest first: official, then news, then low reliability, each
 * group by id. An id missing from `sources` (integrity checks forbid it) sorts last rather than vanishing.
 */
export function selectCitedSources(
  records: readonly { readonly citations: readonly Citation[] }[],
  sources: readonly Source[],
): string[] {
  const rank = new Map(sources.map((s) => [s.id, RELIABILITY_RANK[s.reliability]]));
  const ids = new Set(records.flatMap((r) => r.citations.map((c) => c.source)));
  const unknownRank = Object.keys(RELIABILITY_RANK).length;
  return [...ids].sort(
    (a, b) => (rank.get(a) ?? unknownRank) - (rank.get(b) ?? unknownRank) || (a < b ? -1 : a > b ? 1 : 0),
  );
}
