import type { Initiative, Participation } from '../data/dataset-schema';

/*
 * Lookups built from a list in one pass, each time they are asked for: kept per list, they were measured not to pay
 * (decision 004).
 */

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

/** The records of a list by id (the first one wins, as `Array.prototype.find` would). */
export function indexById<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  const byId = new Map<string, T>();
  for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

/** Participations by meeting id, each group in list order. */
export const groupParticipationsByMeeting = (list: readonly Participation[]) =>
  groupBy(list, (p) => [p.meeting]) as ReadonlyMap<string, readonly Participation[]>;

/** Initiatives by the meetings they are tied to; an initiative tied twice to one meeting is listed once. */
export const groupInitiativesByMeeting = (list: readonly Initiative[]) =>
  groupBy(list, (n) => new Set(n.meetings.map((m) => m.meeting))) as ReadonlyMap<string, readonly Initiative[]>;

/** Initiatives by sector id; an initiative naming a sector twice is listed once. */
export const groupInitiativesBySector = (list: readonly Initiative[]) =>
  groupBy(list, (n) => new Set(n.sectors)) as ReadonlyMap<string, readonly Initiative[]>;

/** Initiatives by linked pillar id; an initiative linked twice to one pillar is listed once. */
export const groupInitiativesByPillar = (list: readonly Initiative[]) =>
  groupBy(list, (n) => new Set(n.pillars.map((l) => l.pillar))) as ReadonlyMap<string, readonly Initiative[]>;
