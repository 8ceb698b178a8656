import type { Dataset, Organization, Participation, Person } from '../data/dataset-schema';
import { groupParticipationsByMeeting, indexById } from './record-indexes';

export interface DelegateRow {
  participation: Participation;
  person: Person | undefined;
  organization: Organization | undefined;
}

export interface CountryDelegation {
  country: string;
  chairs: DelegateRow[];
  members: DelegateRow[];
}

/**
 * Who represented each country at a meeting: chairs first, then other members, in dataset order. Countries follow
 * the dialogue's own order; a country with nobody listed is left out.
 */
export function selectMeetingDelegation(
  dataset: Dataset,
  meetingId: string,
  participations: readonly Participation[] = dataset.participations,
): CountryDelegation[] {
  const people = indexById(dataset.people);
  const organizations = indexById(dataset.organizations);
  const rows = (groupParticipationsByMeeting(participations).get(meetingId) ?? []).map((participation) => ({
    participation,
    person: people.get(participation.person),
    organization: organizations.get(participation.organization),
  }));
  return dataset.dialogue.countries
    .map((c) => {
      const mine = rows.filter((r) => r.participation.country === c.code);
      return {
        country: c.code,
        chairs: mine.filter((r) => r.participation.role === 'chair'),
        members: mine.filter((r) => r.participation.role !== 'chair'),
      };
    })
    .filter((d) => d.chairs.length + d.members.length > 0);
}
