import type { Meeting } from '../../data/dataset-schema';
import { groupParticipationsByMeeting } from '../record-indexes';
import { selectLatestMinisterial } from '../select-latest-ministerial';
import { selectMeetingDelegation } from '../select-meeting-delegation';
import type { DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { DECK_LIMITS } from './deck-limits';
import { buildTableSlides, type DeckTableRow } from './build-table-slides';

/** Who chaired for each country at one meeting (the deck's meeting, or the latest ministerial in scope). */
export function buildChairsSlides(ctx: DeckContext, meeting?: Meeting): DraftSlide[] {
  const { dataset, filtered, t, text } = ctx;
  const shown = meeting ?? selectLatestMinisterial(filtered.meetings);
  if (shown === undefined) return [];
  const delegations = selectMeetingDelegation(dataset, shown.id, filtered.participations);
  const rows: DeckTableRow[] = delegations.flatMap((d) => {
    const country = dataset.dialogue.countries.find((c) => c.code === d.country);
    const name = country === undefined ? d.country : text(country.name);
    return d.chairs.map((r) => ({
      cells: [name, r.person?.name ?? r.participation.person, text(r.participation.title)],
      sourceIds: ctx.cites([r.participation]),
    }));
  });
  if (rows.length === 0) return [];
  const members = delegations.reduce((sum, d) => sum + d.members.length, 0);
  const date = ctx.date(shown.date);
  return buildTableSlides(ctx, {
    id: 'chairs',
    title: t('briefing.slide.chairs'),
    lead: meeting === undefined ? t('briefing.chairs.latest', { meeting: text(shown.title), date }) : null,
    columns: [
      { header: t('briefing.col.country'), weight: 1.2 },
      { header: t('briefing.col.chair'), weight: 2 },
      { header: t('briefing.col.titleAtMeeting'), weight: 3 },
    ],
    rows,
    perSlide: DECK_LIMITS.rows,
    notes: (first, last, total) =>
      t('briefing.notes.chairs', {
        meeting: text(shown.title),
        date,
        first,
        last,
        total,
        members,
      }),
    sourceIds: ctx.cites([shown]),
  });
}

/** One country's chairs, meeting by meeting, across the meetings in scope. */
export function buildCountryChairsSlides(ctx: DeckContext, country: string): DraftSlide[] {
  const { dataset, filtered, t, text } = ctx;
  const people = new Map(dataset.people.map((p) => [p.id, p.name]));
  // Grouped in one pass (a filter per meeting is meetings × participations: 150 ms for a 100× deck).
  const chairsAt = groupParticipationsByMeeting(
    filtered.participations.filter((p) => p.country === country && p.role === 'chair'),
  );
  const rows: DeckTableRow[] = [...filtered.meetings]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .flatMap((m) => {
      const chairs = chairsAt.get(m.id) ?? [];
      if (chairs.length === 0) return [];
      const names = chairs.map((p) => `${people.get(p.person) ?? p.person} (${text(p.title)})`).join('; ');
      return [
        {
          cells: [text(m.title), ctx.date(m.date, 'short'), names],
          sourceIds: ctx.cites([m, ...chairs]),
        },
      ];
    });
  return buildTableSlides(ctx, {
    id: 'country-chairs',
    title: t('briefing.slide.countryChairs'),
    columns: [
      { header: t('briefing.col.meeting'), weight: 2 },
      { header: t('briefing.col.date'), weight: 1 },
      { header: t('briefing.col.chairs'), weight: 4 },
    ],
    rows,
    perSlide: DECK_LIMITS.longRows,
    notes: (first, last, total) => t('briefing.notes.countryChairs', { first, last, total }),
  });
}
