/** The implementation before the performance work, kept verbatim so a test can prove the fast one gives identical results. */
import type { Dataset } from '../../../src/data/dataset-schema';

interface DelegationCountry {
  country: string;
  participants: number;
  /** Organisations the country's delegates came from, most delegates first, then by id. */
  organizations: { organizationId: string; participants: number }[];
}

export interface DelegationCompositionRow {
  meetingId: string;
  date: string;
  city: string | null;
  virtual: boolean | null;
  /** One entry per dialogue country, in the dialogue's order, then any other country by code; zeros kept. */
  countries: DelegationCountry[];
}

/** Delegation sizes by meeting and country: meetings with at least one recorded participant, in date order. */
export function toDelegationCompositionRows(dataset: Dataset): DelegationCompositionRow[] {
  const dialogueCodes = dataset.dialogue.countries.map((c) => c.code);
  const extraCodes = [...new Set(dataset.participations.map((p) => p.country))]
    .filter((code) => !dialogueCodes.includes(code))
    .sort();
  const codes = [...dialogueCodes, ...extraCodes];
  const meetings = [...dataset.meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return meetings.flatMap((meeting) => {
    const seats = dataset.participations.filter((p) => p.meeting === meeting.id);
    if (seats.length === 0) return [];
    const countries = codes.map((country) => {
      const own = seats.filter((p) => p.country === country);
      const byOrganization = new Map<string, number>();
      for (const p of own) byOrganization.set(p.organization, (byOrganization.get(p.organization) ?? 0) + 1);
      const organizations = [...byOrganization]
        .map(([organizationId, participants]) => ({ organizationId, participants }))
        .sort((a, b) => b.participants - a.participants || (a.organizationId < b.organizationId ? -1 : 1));
      return { country, participants: own.length, organizations };
    });
    return [{ meetingId: meeting.id, date: meeting.date, city: meeting.city, virtual: meeting.virtual, countries }];
  });
}
