import type { Initiative, Participation } from '../data/dataset-schema';
import { createIdentityCache } from './identity-cache';

/**
 * Lookups built once per list and reused (identity-cache.ts): a filter change or a re-render costs a map lookup
 * instead of a scan of thousands of records.
 */
function cachedPerList<T extends object, R>(build: (list: readonly T[]) => R): (list: readonly T[]) => R {
  const cache = createIdentityCache<readonly T[], R>();
  return (list) => cache.get(list, build);
}

function groupBy<T, K>(list: readonly T[], keys: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of list) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

const idIndexes = createIdentityCache<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/** The records of a list by id (the first one wins, as `Array.prototype.find` would). */
export function indexById<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  const index = idIndexes.get(list, () => {
    const byId = new Map<string, T>();
    for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
    return byId;
  });
  // Only `list`'s own records were put in its index.
  return index as ReadonlyMap<string, T>;
}

/** Participations by meeting id, each group in list order. */
export const groupParticipationsByMeeting = cachedPerList(
  (list: readonly Participation[]) =>
    groupBy(list, (p) => [p.meeting]) as ReadonlyMap<string, readonly Participation[]>,
);

/** Initiatives by the meetings they are tied to; an initiative tied twice to one meeting is listed once. */
export const groupInitiativesByMeeting = cachedPerList(
  (list: readonly Initiative[]) =>
    groupBy(list, (n) => new Set(n.meetings.map((m) => m.meeting))) as ReadonlyMap<string, readonly Initiative[]>,
);

/** Initiatives by sector id; an initiative naming a sector twice is listed once. */
export const groupInitiativesBySector = cachedPerList(
  (list: readonly Initiative[]) =>
    groupBy(list, (n) => new Set(n.sectors)) as ReadonlyMap<string, readonly Initiative[]>,
);

/** Initiatives by linked pillar id; an initiative linked twice to one pillar is listed once. */
export const groupInitiativesByPillar = cachedPerList(
  (list: readonly Initiative[]) =>
    groupBy(list, (n) => new Set(n.pillars.map((l) => l.pillar))) as ReadonlyMap<string, readonly Initiative[]>,
);
