import type { Meeting } from '../../data/dataset-schema';
import type { DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { DECK_LIMITS } from './deck-limits';
import { buildTableSlides } from './build-table-slides';

/** "What was agreed": the meeting's outcomes as the sources record them, each with its citation. */
export function buildOutcomesSlides(ctx: DeckContext, meeting: Meeting): DraftSlide[] {
  const { t, text } = ctx;
  return buildTableSlides(ctx, {
    id: 'outcomes',
    title: t('briefing.slide.outcomes'),
    columns: [
      { header: t('briefing.col.outcome'), weight: 5 },
      { header: t('briefing.col.sources'), weight: 1 },
    ],
    rows: meeting.outcomes.map((o) => {
      const ids = ctx.cites([o]);
      return { cells: [text(o.text), ids.join(', ')], sourceIds: ids };
    }),
    perSlide: DECK_LIMITS.longRows,
    notes: (first, last, total) => t('briefing.notes.outcomes', { first, last, total, meeting: text(meeting.title) }),
  });
}
