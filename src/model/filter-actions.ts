import type { Filters } from './filters';
import { FILTER_DEFINITIONS } from './filter-definitions';

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

export function withCountry(filters: Filters, country: string | null): Filters {
  return { ...filters, country };
}

export function withSeries(filters: Filters, series: string | null): Filters {
  return { ...filters, series };
}

export function withMeeting(filters: Filters, meeting: string | null): Filters {
  return { ...filters, meeting };
}

export function withYear(filters: Filters, bound: 'from' | 'to', year: number | null): Filters {
  return bound === 'from' ? { ...filters, from: year } : { ...filters, to: year };
}

export function withQuery(filters: Filters, q: string): Filters {
  return { ...filters, q };
}

/** One chip removed: `part` is the chip's entry in its filter (`FilterDefinition.parts`). */
export function withoutPart<K extends keyof Filters>(filters: Filters, key: K, part: string): Filters {
  return { ...filters, [key]: FILTER_DEFINITIONS[key].without(filters[key], part) };
}
