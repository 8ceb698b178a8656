import { EMPTY_FILTERS, type Filters } from './filters';

/**
 * The named changes a reader makes to the filters. Call sites use these (through the filter-state provider's
 * actions), never spread edits of the filter object, so a change means the same thing from every control.
 */

/** A pillar added, or removed if it was there (the pillar toggles in tables and cards). */
export function withPillarToggled(filters: Filters, pillarId: string): Filters {
  const pillars = filters.pillars.includes(pillarId)
    ? filters.pillars.filter((p) => p !== pillarId)
    : [...filters.pillars, pillarId];
  return { ...filters, pillars };
}

/** A pillar added (a chart's bubble or bar); no change when it is already there. */
export function withPillarAdded(filters: Filters, pillarId: string): Filters {
  return filters.pillars.includes(pillarId) ? filters : { ...filters, pillars: [...filters.pillars, pillarId] };
}

export function withSectorToggled(filters: Filters, sectorId: string): Filters {
  const sectors = filters.sectors.includes(sectorId)
    ? filters.sectors.filter((s) => s !== sectorId)
    : [...filters.sectors, sectorId];
  return { ...filters, sectors };
}

export function withSectorAdded(filters: Filters, sectorId: string): Filters {
  return filters.sectors.includes(sectorId) ? filters : { ...filters, sectors: [...filters.sectors, sectorId] };
}

/** One single-valued filter set (or cleared with its empty value): the country, series, meeting, a year, the search. */
export function withFilter<K extends 'country' | 'series' | 'meeting' | 'from' | 'to' | 'q'>(
  filters: Filters,
  key: K,
  value: Filters[K],
): Filters {
  return { ...filters, [key]: value };
}

/** One chip removed: `part` is the chip's entry in its filter (one of its URL values). */
export function withoutPart(filters: Filters, key: keyof Filters, part: string): Filters {
  const value = filters[key];
  return { ...filters, [key]: Array.isArray(value) ? value.filter((v) => v !== part) : EMPTY_FILTERS[key] };
}
