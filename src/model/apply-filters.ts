import type { Dataset } from '../data/dataset-schema';
import { serializeFilters, type Filters } from './filters';
import { FILTER_DEFINITIONS, FILTER_KEYS, type Narrowing } from './filter-definitions';
import { selectFilterIndexes } from './filter-indexes';
import { createIdentityCache } from './identity-cache';

export { initiativeYear } from './filter-indexes';

/**
 * The dataset as the filters narrow it; the result has the dataset's own shape, so every selector works on either
 * (views, charts, counts, the briefing deck and the downloads all read it). Each filter says what it keeps, record
 * kind by record kind (`narrow` in filter-definitions.ts); a record stays when every set filter keeps it, so any two
 * filters narrow each other the same way everywhere. Then:
 *
 * - meetings: under a pillar or sector, only those that advanced a kept initiative;
 * - delegations: at kept meetings; people: those with a kept delegation seat;
 * - country: that country's delegates, people and organisations; the meetings where its delegation is recorded;
 *   initiatives it leads, leads jointly, or whose lead country is not recorded;
 * - pillar / sector: initiatives linked to them, sectors under the pillars (pillars over the sectors);
 * - series / meeting / from–to: meetings and the initiatives tied to them;
 * - q: people, initiatives and sectors whose text matches, accent-insensitively.
 * Sources, indicators, disputes and notes are context and are never filtered out.
 */
/** How many filter states per dataset keep their result: enough to step back and forth through a few choices. */
const RESULTS_KEPT = 8;
const results = createIdentityCache<Dataset, Map<string, Dataset>>();

export function applyFilters(dataset: Dataset, filters: Filters): Dataset {
  // The same filters give the very same object back, so everything memoised on it (rows, indexes, charts) holds.
  const key = serializeFilters(filters).toString();
  const kept = results.get(dataset, () => new Map());
  const cached = kept.get(key);
  if (cached !== undefined) {
    kept.delete(key);
    kept.set(key, cached);
    return cached;
  }
  const result = computeFilteredDataset(dataset, filters);
  kept.set(key, result);
  if (kept.size > RESULTS_KEPT) {
    const oldest = kept.keys().next().value;
    if (oldest !== undefined) kept.delete(oldest);
  }
  return result;
}

export function computeFilteredDataset(dataset: Dataset, filters: Filters): Dataset {
  const indexes = selectFilterIndexes(dataset);
  const narrowings: Narrowing[] = [];
  for (const key of FILTER_KEYS) {
    const narrowing = narrowBy(key, filters, indexes);
    if (narrowing !== null) narrowings.push(narrowing);
  }
  const tests = <R>(pick: (n: Narrowing) => ((record: R) => boolean) | undefined) =>
    narrowings.flatMap((n) => pick(n) ?? []);
  const keep = <R>(all: R[], predicates: ((record: R) => boolean)[]): R[] =>
    predicates.length === 0
      ? all
      : sameWhenAllKept(
          all,
          all.filter((r) => predicates.every((test) => test(r))),
        );

  const initiatives = keep(
    dataset.initiatives,
    tests((n) => n.initiative),
  );
  const meetingTests = tests((n) => n.meeting);
  if (narrowings.some((n) => n.meetingsThroughInitiatives)) {
    const advanced = new Set(initiatives.flatMap((n) => n.meetings.map((m) => m.meeting)));
    meetingTests.push((m) => advanced.has(m.id));
  }
  const meetings = keep(dataset.meetings, meetingTests);
  const participationTests = tests((n) => n.participation);
  if (meetings !== dataset.meetings) {
    const meetingIds = new Set(meetings.map((m) => m.id));
    participationTests.push((p) => meetingIds.has(p.meeting));
  }
  const participations = keep(dataset.participations, participationTests);
  const peopleInDelegations = new Set(participations.map((p) => p.person));
  const people = keep(dataset.people, [(p) => peopleInDelegations.has(p.id), ...tests((n) => n.person)]);

  return {
    ...dataset,
    initiatives,
    meetings,
    sectors: keep(
      dataset.sectors,
      tests((n) => n.sector),
    ),
    pillars: keep(
      dataset.pillars,
      tests((n) => n.pillar),
    ),
    participations,
    people,
    organizations: keep(
      dataset.organizations,
      tests((n) => n.organization),
    ),
  };
}

function narrowBy<K extends keyof Filters>(
  key: K,
  filters: Filters,
  indexes: ReturnType<typeof selectFilterIndexes>,
): Narrowing | null {
  return FILTER_DEFINITIONS[key].narrow(filters[key], indexes);
}

/**
 * A filter that kept every record hands back the original list, so indexes built on the whole dataset's lists
 * serve the unfiltered view too (a filtered list is a subsequence, so equal length means equal content).
 */
const sameWhenAllKept = <T>(all: T[], kept: T[]): T[] => (kept.length === all.length ? all : kept);
