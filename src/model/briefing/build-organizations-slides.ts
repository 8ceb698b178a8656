import type { DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { DECK_LIMITS } from './deck-limits';
import { buildTableSlides } from './build-table-slides';

/** One country's organisations in scope, with the number of its delegates' seats each held. */
export function buildOrganizationsSlides(ctx: DeckContext): DraftSlide[] {
  const { filtered, t, text } = ctx;
  const seats = new Map<string, number>();
  for (const p of filtered.participations) seats.set(p.organization, (seats.get(p.organization) ?? 0) + 1);
  const organizations = [...filtered.organizations].sort((a, b) => (seats.get(b.id) ?? 0) - (seats.get(a.id) ?? 0));
  return buildTableSlides(ctx, {
    id: 'organizations',
    title: t('briefing.slide.organizations'),
    columns: [
      { header: t('briefing.col.organization'), weight: 4 },
      { header: t('briefing.col.seats'), weight: 1 },
    ],
    rows: organizations.map((o) => ({
      cells: [
        o.abbreviation === undefined ? text(o.name) : `${text(o.name)} (${o.abbreviation})`,
        String(seats.get(o.id) ?? 0),
      ],
      sourceIds: ctx.cites([o]),
    })),
    perSlide: DECK_LIMITS.compactRows,
    notes: (first, last, total) => t('briefing.notes.organizations', { first, last, total }),
  });
}
