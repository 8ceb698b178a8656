import type { DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { DECK_LIMITS } from './deck-limits';
import { buildTableSlides } from './build-table-slides';

/** The meetings that advanced the deck's pillar or sector, and which of its initiatives each took up. */
export function buildMeetingsSlides(ctx: DeckContext): DraftSlide[] {
  const { filtered, t, text } = ctx;
  const rows = [...filtered.meetings]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((m) => {
      const tied = filtered.initiatives.filter((n) => n.meetings.some((x) => x.meeting === m.id));
      return {
        cells: [text(m.title), ctx.date(m.date, 'short'), tied.map((n) => text(n.name)).join('; ')],
        sourceIds: ctx.cites([m]),
      };
    });
  return buildTableSlides(ctx, {
    id: 'meetings',
    title: t('briefing.slide.meetingsAdvanced'),
    columns: [
      { header: t('briefing.col.meeting'), weight: 2 },
      { header: t('briefing.col.date'), weight: 1 },
      { header: t('briefing.col.initiatives'), weight: 4 },
    ],
    rows,
    perSlide: DECK_LIMITS.longRows,
    notes: (first, last, total) => t('briefing.notes.meetings', { first, last, total }),
  });
}
