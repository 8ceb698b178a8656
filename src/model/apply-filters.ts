import type { Dataset, Initiative } from '../data/dataset-schema';
import { serializeFilters, type Filters } from './filters';
import { recordMatchesWords, toQueryWords } from './normalize-search-text';
import { indexById } from './record-indexes';

const yearOf = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

/** The year an initiative belongs to: its own date, else the earliest meeting it is tied to. */
export function initiativeYear(initiative: Initiative, meetingDates: ReadonlyMap<string, string>): number | null {
  const own = yearOf(initiative.date);
  if (own !== null) return own;
  const years = initiative.meetings
    .map((m) => yearOf(meetingDates.get(m.meeting) ?? null))
    .filter((y): y is number => y !== null);
  return years.length > 0 ? Math.min(...years) : null;
}

/**
 * The dataset as the filters narrow it; the result has the dataset's own shape, so every selector works on either.
 *
 * - country: that country's delegates, people and organisations, and initiatives led by one of its organisations;
 * - pillar / sector: initiatives linked to them, sectors under the pillars (pillars over the sectors), and the
 *   meetings that advanced those initiatives;
 * - series / meeting / from–to: meetings, their delegations and the initiatives tied to them;
 * - q: people, initiatives and sectors whose text matches, accent-insensitively.
 * Sources, indicators, disputes and notes are context and are never filtered out.
 */
/** How many filter states per dataset keep their result: enough to step back and forth through a few choices. */
const RESULTS_KEPT = 8;
const results = new WeakMap<Dataset, Map<string, Dataset>>();

export function applyFilters(dataset: Dataset, filters: Filters): Dataset {
  // The same filters give the very same object back, so everything memoised on it (rows, indexes, charts) holds.
  const key = serializeFilters(filters).toString();
  let kept = results.get(dataset);
  if (kept === undefined) {
    kept = new Map();
    results.set(dataset, kept);
  }
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

function computeFilteredDataset(dataset: Dataset, filters: Filters): Dataset {
  const { country, pillars, sectors, series, meeting, from, to, q } = filters;
  const inYears = (year: number | null) =>
    (from === null && to === null) || (year !== null && (from === null || year >= from) && (to === null || year <= to));
  const pillarSet = new Set(pillars);
  const sectorSet = new Set(sectors);
  const meetingDates = selectMeetingDates(dataset);
  const organizationsById = indexById(dataset.organizations);
  const peopleById = indexById(dataset.people);
  const sectorsById = indexById(dataset.sectors);
  const words = toQueryWords(q);
  const hasQuery = words.length > 0;

  const initiatives = dataset.initiatives.filter(
    (n) =>
      (series === null || n.series === series) &&
      (pillarSet.size === 0 || n.pillars.some((l) => pillarSet.has(l.pillar))) &&
      (sectorSet.size === 0 || n.sectors.some((s) => sectorSet.has(s))) &&
      (meeting === null || n.meetings.some((m) => m.meeting === meeting)) &&
      (from === null && to === null ? true : inYears(initiativeYear(n, meetingDates))) &&
      (country === null || n.leadOrganizations.some((o) => organizationsById.get(o)?.country === country)) &&
      (!hasQuery || recordMatchesWords(n, words, () => [n.name.en, n.name.es, n.summary.en, n.summary.es, n.id])),
  );

  const topicFiltered = pillarSet.size > 0 || sectorSet.size > 0;
  const meetingsAdvanced = topicFiltered ? new Set(initiatives.flatMap((n) => n.meetings.map((m) => m.meeting))) : null;
  const meetings = dataset.meetings.filter(
    (m) =>
      (series === null || m.series === series) &&
      (meeting === null || m.id === meeting) &&
      inYears(yearOf(m.date)) &&
      (meetingsAdvanced === null || meetingsAdvanced.has(m.id)),
  );

  const sectorList = dataset.sectors.filter(
    (s) =>
      (sectorSet.size === 0 || sectorSet.has(s.id)) &&
      (pillarSet.size === 0 || s.pillarLinks.some((l) => pillarSet.has(l.pillar))) &&
      (!hasQuery || recordMatchesWords(s, words, () => [s.name.en, s.name.es, s.description.en, s.description.es])),
  );

  const pillarsOfSelectedSectors = new Set(sectors.flatMap((s) => sectorsById.get(s)?.pillarLinks.map((l) => l.pillar) ?? []));
  const pillarList = dataset.pillars.filter(
    (p) =>
      (series === null || p.series === series) &&
      (pillarSet.size === 0 || pillarSet.has(p.id)) &&
      (sectorSet.size === 0 || pillarsOfSelectedSectors.has(p.id)),
  );

  const allMeetings = meetings.length === dataset.meetings.length;
  const meetingIds = allMeetings ? null : new Set(meetings.map((m) => m.id));
  const personMatches = (personId: string) => {
    const person = peopleById.get(personId);
    return person !== undefined && recordMatchesWords(person, words, () => [person.name]);
  };
  const participations =
    allMeetings && country === null && !hasQuery
      ? dataset.participations
      : dataset.participations.filter(
          (p) =>
            (meetingIds === null || meetingIds.has(p.meeting)) &&
            (country === null || p.country === country) &&
            (!hasQuery || personMatches(p.person)),
        );

  const peopleInDelegations = new Set(participations.map((p) => p.person));
  const people = dataset.people.filter(
    (p) =>
      peopleInDelegations.has(p.id) &&
      (country === null || p.country === country) &&
      (!hasQuery || recordMatchesWords(p, words, () => [p.name])),
  );

  const organizations = country === null ? dataset.organizations : dataset.organizations.filter((o) => o.country === country);

  return {
    ...dataset,
    initiatives: sameWhenAllKept(dataset.initiatives, initiatives),
    meetings: sameWhenAllKept(dataset.meetings, meetings),
    sectors: sameWhenAllKept(dataset.sectors, sectorList),
    pillars: sameWhenAllKept(dataset.pillars, pillarList),
    participations: sameWhenAllKept(dataset.participations, participations),
    people: sameWhenAllKept(dataset.people, people),
    organizations,
  };
}

/**
 * A filter that kept every record hands back the original list, so indexes built on the whole dataset's lists
 * serve the unfiltered view too (a filtered list is a subsequence, so equal length means equal content).
 */
const sameWhenAllKept = <T,>(all: T[], kept: T[]): T[] => (kept.length === all.length ? all : kept);

const meetingDateIndexes = new WeakMap<Dataset['meetings'], ReadonlyMap<string, string>>();

/** Meeting dates by id, built once per meeting list. */
function selectMeetingDates(dataset: Dataset): ReadonlyMap<string, string> {
  let dates = meetingDateIndexes.get(dataset.meetings);
  if (dates === undefined) {
    dates = new Map(dataset.meetings.map((m) => [m.id, m.date]));
    meetingDateIndexes.set(dataset.meetings, dates);
  }
  return dates;
}
