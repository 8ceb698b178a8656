import type { Dataset, Initiative, Person, Sector } from '../data/dataset-schema';
import { createIdentityCache } from './identity-cache';

/** Lookups the filters' predicates read, built once per dataset: a filter change costs map lookups, not scans. */
export interface FilterIndexes {
  meetingDates: ReadonlyMap<string, string>;
  /** Per country code, the meetings at which a delegate of that country is recorded. */
  meetingsWithDelegation: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per initiative id, the countries of its lead organisations (international bodies have none). */
  leadCountries: ReadonlyMap<string, ReadonlySet<string>>;
  peopleById: ReadonlyMap<string, Person>;
  sectorsById: ReadonlyMap<string, Sector>;
}

const built = createIdentityCache<Dataset, FilterIndexes>();
export const NONE: ReadonlySet<string> = new Set();

export function selectFilterIndexes(dataset: Dataset): FilterIndexes {
  return built.get(dataset, buildFilterIndexes);
}

function buildFilterIndexes(dataset: Dataset): FilterIndexes {
  const orgCountry = new Map(dataset.organizations.map((o) => [o.id, o.country]));
  const meetingsWithDelegation = new Map<string, Set<string>>();
  for (const p of dataset.participations) {
    const set = meetingsWithDelegation.get(p.country) ?? new Set<string>();
    set.add(p.meeting);
    meetingsWithDelegation.set(p.country, set);
  }
  const leadCountries = new Map<string, ReadonlySet<string>>();
  for (const n of dataset.initiatives) {
    const countries = new Set<string>();
    for (const o of n.leadOrganizations) {
      const country = orgCountry.get(o);
      if (country) countries.add(country);
    }
    leadCountries.set(n.id, countries.size === 0 ? NONE : countries);
  }
  return {
    meetingDates: new Map(dataset.meetings.map((m) => [m.id, m.date])),
    meetingsWithDelegation,
    leadCountries,
    peopleById: new Map(dataset.people.map((p) => [p.id, p])),
    sectorsById: new Map(dataset.sectors.map((s) => [s.id, s])),
  };
}

export const leadCountriesOf = (n: Initiative, indexes: FilterIndexes): ReadonlySet<string> =>
  indexes.leadCountries.get(n.id) ?? NONE;

const yearOf = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

/** The year an initiative belongs to: its own date, else the earliest meeting it is tied to. */
export function initiativeYear(initiative: Initiative, meetingDates: ReadonlyMap<string, string>): number | null {
  const own = yearOf(initiative.date);
  if (own !== null) return own;
  let earliest: number | null = null;
  for (const m of initiative.meetings) {
    const year = yearOf(meetingDates.get(m.meeting) ?? null);
    if (year !== null && (earliest === null || year < earliest)) earliest = year;
  }
  return earliest;
}
