import type { Dataset, Meeting, Organization, Participation, Person } from '../data/dataset-schema';

export interface PersonRecord {
  person: Person;
  /** Every meeting the person attended, oldest first, with the title and organisation held then. */
  appearances: { participation: Participation; meeting: Meeting | undefined; organization: Organization | undefined }[];
}

export function selectPersonRecord(dataset: Dataset, personId: string): PersonRecord | undefined {
  const person = dataset.people.find((p) => p.id === personId);
  if (!person) return undefined;
  const meetings = new Map(dataset.meetings.map((m) => [m.id, m]));
  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const appearances = dataset.participations
    .filter((p) => p.person === personId)
    .map((participation) => ({
      participation,
      meeting: meetings.get(participation.meeting),
      organization: organizations.get(participation.organization),
    }))
    .sort((a, b) => (a.meeting?.date ?? '').localeCompare(b.meeting?.date ?? ''));
  return { person, appearances };
}
