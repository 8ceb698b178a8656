import { FILTER_KEYS, filterChip, filterParts, type FilterTextContext } from '../filter-definitions';
import type { Filters } from '../filters';

/**
 * The filters in force, one chip's words each ("Country: Mexico", "Pillar: Building Back Together"), in URL order:
 * what an exported picture says it was narrowed by. None when nothing is filtered.
 */
export function toFilterSummary(filters: Filters, context: FilterTextContext): string[] {
  return FILTER_KEYS.flatMap((key) => filterParts(filters, key).map((part) => filterChip(key, part, context)));
}
