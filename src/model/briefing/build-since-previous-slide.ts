import type { Meeting } from '../../data/dataset-schema';
import type { DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { DECK_LIMITS } from './deck-limits';
import { buildTableSlides, type DeckTableRow } from './build-table-slides';
import { selectMeetingInitiatives, selectPreviousMeeting } from './select-deck-records';

/**
 * "Since the previous meeting": against the last meeting of the same series and kind, the initiatives new at this
 * one, those carried over, and the chairs who joined or left. No previous meeting, no slide.
 */
export function buildSincePreviousSlide(ctx: DeckContext, meeting: Meeting): DraftSlide[] {
  const { dataset, t, text } = ctx;
  const previous = selectPreviousMeeting(dataset, meeting);
  if (previous === undefined) return [];
  const now = selectMeetingInitiatives(dataset, meeting.id);
  const before = new Set(selectMeetingInitiatives(dataset, previous.id).map((n) => n.id));
  const added = now.filter((n) => !before.has(n.id));
  const carried = now.filter((n) => before.has(n.id));
  const people = new Map(dataset.people.map((p) => [p.id, p.name]));
  const chairsAt = (m: Meeting) => dataset.participations.filter((p) => p.meeting === m.id && p.role === 'chair');
  const chairsNow = chairsAt(meeting);
  const chairsBefore = chairsAt(previous);
  const rows: DeckTableRow[] = [];
  const row = (label: string, records: readonly { citations: readonly { source: string }[] }[], names: string[]) => {
    if (names.length > 0) rows.push({ cells: [label, names.join('; ')], sourceIds: ctx.cites(records) });
  };
  row(
    t('briefing.since.added'),
    added,
    added.map((n) => text(n.name)),
  );
  row(
    t('briefing.since.carried'),
    carried,
    carried.map((n) => text(n.name)),
  );
  for (const country of dataset.dialogue.countries) {
    const nowIds = new Set(chairsNow.filter((p) => p.country === country.code).map((p) => p.person));
    const beforeIds = new Set(chairsBefore.filter((p) => p.country === country.code).map((p) => p.person));
    const joined = chairsNow.filter((p) => p.country === country.code && !beforeIds.has(p.person));
    const left = chairsBefore.filter((p) => p.country === country.code && !nowIds.has(p.person));
    const name = text(country.name);
    row(
      t('briefing.since.newChairs', { country: name }),
      joined,
      joined.map((p) => people.get(p.person) ?? p.person),
    );
    row(
      t('briefing.since.leftChairs', { country: name }),
      left,
      left.map((p) => people.get(p.person) ?? p.person),
    );
  }
  if (rows.length === 0) return [];
  const against = t('briefing.since.against', {
    meeting: text(previous.title),
    date: ctx.date(previous.date),
  });
  return buildTableSlides(ctx, {
    id: 'since-previous',
    title: t('briefing.slide.sincePrevious'),
    lead: against,
    columns: [
      { header: t('briefing.col.change'), weight: 2 },
      { header: t('briefing.col.details'), weight: 5 },
    ],
    rows,
    perSlide: DECK_LIMITS.rows,
    notes: () =>
      t('briefing.notes.sincePrevious', {
        against,
        added: added.length,
        joined: chairsNow.filter((p) => !chairsBefore.some((b) => b.person === p.person)).length,
      }),
    sourceIds: ctx.cites([previous]),
  });
}
