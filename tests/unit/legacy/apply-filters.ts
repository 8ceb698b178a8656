/** The implementation before the performance work, kept verbatim so a test can prove the fast one gives identical results. */
import type { Dataset, Initiative } from '../../../src/data/dataset-schema';
import type { Filters } from '../../../src/model/filters';
import { matchesQuery } from '../../../src/model/normalize-search-text';

const yearOf = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

/** The year an initiative belongs to: its own date, else the earliest meeting it is tied to. */
function initiativeYear(initiative: Initiative, meetingDates: ReadonlyMap<string, string>): number | null {
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
 * - country: that country's delegates, people and organisations, the meetings where its delegation is recorded, and
 *   initiatives led by one of its organisations, jointly, or with no country's lead recorded (issue 17);
 * - pillar / sector: initiatives linked to them, sectors under the pillars (pillars over the sectors), and the
 *   meetings that advanced those initiatives;
 * - series / meeting / from–to: meetings, their delegations and the initiatives tied to them;
 * - q: people, initiatives and sectors whose text matches, accent-insensitively.
 * Sources, indicators, disputes and notes are context and are never filtered out.
 */
export function applyFilters(dataset: Dataset, filters: Filters): Dataset {
  const { country, pillars, sectors, series, meeting, from, to, q } = filters;
  const inYears = (year: number | null) =>
    (from === null && to === null) || (year !== null && (from === null || year >= from) && (to === null || year <= to));
  const pillarSet = new Set(pillars);
  const sectorSet = new Set(sectors);
  const meetingDates = new Map(dataset.meetings.map((m) => [m.id, m.date]));
  const orgCountry = new Map(dataset.organizations.map((o) => [o.id, o.country]));
  const personName = new Map(dataset.people.map((p) => [p.id, p.name]));
  const hasQuery = q.trim() !== '';

  // Country (issue 17): initiatives it leads, leads jointly, or with no country's lead recorded; meetings where its
  // delegation is recorded.
  const leadFits = (leads: readonly string[], code: string) => {
    const countries = leads.map((o) => orgCountry.get(o)).filter((c) => c !== null && c !== undefined);
    return countries.length === 0 || countries.includes(code);
  };
  const delegationAt = new Set(dataset.participations.filter((p) => p.country === country).map((p) => p.meeting));

  const sectorLinksToPillars = new Map(dataset.sectors.map((s) => [s.id, s.pillarLinks.map((l) => l.pillar)]));

  const initiatives = dataset.initiatives.filter(
    (n) =>
      (series === null || n.series === series) &&
      (pillarSet.size === 0 || n.pillars.some((l) => pillarSet.has(l.pillar))) &&
      (sectorSet.size === 0 || n.sectors.some((s) => sectorSet.has(s))) &&
      (meeting === null || n.meetings.some((m) => m.meeting === meeting)) &&
      inYears(initiativeYear(n, meetingDates)) &&
      (country === null || leadFits(n.leadOrganizations, country)) &&
      (!hasQuery || matchesQuery(q, [n.name.en, n.name.es, n.summary.en, n.summary.es, n.id])),
  );

  const topicFiltered = pillarSet.size > 0 || sectorSet.size > 0;
  const meetingsAdvanced = new Set(initiatives.flatMap((n) => n.meetings.map((m) => m.meeting)));
  const meetings = dataset.meetings.filter(
    (m) =>
      (series === null || m.series === series) &&
      (meeting === null || m.id === meeting) &&
      inYears(yearOf(m.date)) &&
      (country === null || delegationAt.has(m.id)) &&
      (!topicFiltered || meetingsAdvanced.has(m.id)),
  );

  const sectorList = dataset.sectors.filter(
    (s) =>
      (sectorSet.size === 0 || sectorSet.has(s.id)) &&
      (pillarSet.size === 0 || s.pillarLinks.some((l) => pillarSet.has(l.pillar))) &&
      (!hasQuery || matchesQuery(q, [s.name.en, s.name.es, s.description.en, s.description.es])),
  );

  const pillarsOfSelectedSectors = new Set(sectors.flatMap((s) => sectorLinksToPillars.get(s) ?? []));
  const pillarList = dataset.pillars.filter(
    (p) =>
      (series === null || p.series === series) &&
      (pillarSet.size === 0 || pillarSet.has(p.id)) &&
      (sectorSet.size === 0 || pillarsOfSelectedSectors.has(p.id)),
  );

  const meetingIds = new Set(meetings.map((m) => m.id));
  const participations = dataset.participations.filter(
    (p) =>
      meetingIds.has(p.meeting) &&
      (country === null || p.country === country) &&
      (!hasQuery || matchesQuery(q, [personName.get(p.person)])),
  );

  const peopleInDelegations = new Set(participations.map((p) => p.person));
  const people = dataset.people.filter(
    (p) =>
      peopleInDelegations.has(p.id) &&
      (country === null || p.country === country) &&
      (!hasQuery || matchesQuery(q, [p.name])),
  );

  const organizations = dataset.organizations.filter((o) => country === null || o.country === country);

  return {
    ...dataset,
    initiatives,
    meetings,
    sectors: sectorList,
    pillars: pillarList,
    participations,
    people,
    organizations,
  };
}
