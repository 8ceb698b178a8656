import type { Dataset, Initiative, Meeting, Pillar, Sector } from '../../data/dataset-schema';
import type { DeckContext } from './deck-context';

/**
 * The pillars and sectors the deck shows: those the filters chose, or else only those an initiative in scope is
 * linked to (a 2023 meeting's deck does not list the 2013 series' pillars).
 */
export function selectTouchedPillars(ctx: DeckContext): Pillar[] {
  const { filtered, filters } = ctx;
  if (filters.pillars.length > 0) return filtered.pillars;
  const linked = new Set(filtered.initiatives.flatMap((n) => n.pillars.map((l) => l.pillar)));
  return filtered.pillars.filter((p) => linked.has(p.id));
}

export function selectTouchedSectors(ctx: DeckContext): Sector[] {
  const { filtered, filters } = ctx;
  if (filters.sectors.length > 0) return filtered.sectors;
  const tagged = new Set(filtered.initiatives.flatMap((n) => n.sectors));
  return filtered.sectors.filter((s) => tagged.has(s.id));
}

/** The meeting's series' meeting of the same kind held last before it (for "Since the previous meeting"). */
export function selectPreviousMeeting(dataset: Dataset, meeting: Meeting): Meeting | undefined {
  return dataset.meetings
    .filter((m) => m.series === meeting.series && m.kind === meeting.kind && m.date < meeting.date)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
}

/** Initiatives tied to a meeting (announced or reviewed there), in the dataset's order. */
export function selectMeetingInitiatives(dataset: Dataset, meetingId: string): Initiative[] {
  return dataset.initiatives.filter((n) => n.meetings.some((m) => m.meeting === meetingId));
}
