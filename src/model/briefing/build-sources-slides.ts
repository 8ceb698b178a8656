import type { BriefingSlide, DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { DECK_LIMITS } from './deck-limits';

/** The sources the deck's slides cite and no other, compactly: id, publisher, title, date and reliability. */
export function buildSourcesSlides(ctx: DeckContext, slides: readonly DraftSlide[]): DraftSlide[] {
  const { t, dataset } = ctx;
  const cited = ctx.sortIds(slides.flatMap((s) => s.sourceIds));
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const lines: Extract<BriefingSlide, { kind: 'sources' }>['sources'] = cited.flatMap((id) => {
    const source = byId.get(id);
    if (source === undefined) return [];
    return [
      {
        id,
        text: `${source.publisher} — ${source.title}`,
        date: source.published === null ? t('briefing.undated') : ctx.date(source.published, 'short'),
        reliability: t(`briefing.reliability.${source.reliability}`),
      },
    ];
  });
  const pages: (typeof lines)[] = [];
  for (let i = 0; i < lines.length; i += DECK_LIMITS.sources) pages.push(lines.slice(i, i + DECK_LIMITS.sources));
  return pages.map((page, index) => {
    const first = index * DECK_LIMITS.sources + 1;
    return {
      id: pages.length > 1 ? `sources-${index + 1}` : 'sources',
      kind: 'sources',
      title:
        pages.length > 1
          ? t('briefing.page', { title: t('briefing.slide.sources'), page: index + 1, pages: pages.length })
          : t('briefing.slide.sources'),
      sources: page,
      notes: t('briefing.notes.sources', { first, last: first + page.length - 1, total: lines.length }),
      sourceIds: [],
    };
  });
}
