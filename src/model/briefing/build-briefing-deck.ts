import { formatEditionLine } from '../format-edition-line';
import type { BriefingSlide, DraftSlide } from './briefing-slide';
import { createDeckContext, type DeckContext, type DeckInput } from './deck-context';
import { DECK_LIMITS } from './deck-limits';
import { buildChairsSlides, buildCountryChairsSlides } from './build-chairs-slides';
import { buildSectorChartSlide, buildTimelineSlide } from './build-chart-slides';
import { buildFiguresSlide } from './build-figures-slide';
import { buildInitiativesSlides } from './build-initiatives-slides';
import { buildMeetingsSlides } from './build-meetings-slides';
import { buildOrganizationsSlides } from './build-organizations-slides';
import { buildOutcomesSlides } from './build-outcomes-slides';
import { buildAboutSlides, buildLinksSlides, buildPillarsSlides } from './build-pillars-slides';
import { buildSincePreviousSlide } from './build-since-previous-slide';
import { buildSourcesSlides } from './build-sources-slides';
import { buildTitleSlide } from './build-title-slide';

export type { DeckInput } from './deck-context';

/** The slides about the scope the filters chose, before the sources slides. */
function buildContentSlides(ctx: DeckContext): DraftSlide[] {
  const { scope } = ctx;
  const head = [buildTitleSlide(ctx), ...[buildFiguresSlide(ctx)].filter((s): s is DraftSlide => s !== null)];
  switch (scope.kind) {
    case 'meeting':
      return [
        ...head,
        ...buildOutcomesSlides(ctx, scope.meeting),
        ...buildChairsSlides(ctx, scope.meeting),
        ...buildInitiativesSlides(ctx),
        ...buildSincePreviousSlide(ctx, scope.meeting),
        ...buildPillarsSlides(ctx),
        ...buildSectorChartSlide(ctx),
      ];
    case 'pillar':
    case 'sector':
      return [
        ...head,
        ...buildAboutSlides(ctx),
        ...buildLinksSlides(ctx),
        ...buildInitiativesSlides(ctx),
        ...buildMeetingsSlides(ctx),
        ...buildSectorChartSlide(ctx),
        ...buildTimelineSlide(ctx),
      ];
    case 'country':
      return [
        ...head,
        ...buildCountryChairsSlides(ctx, scope.country),
        ...buildOrganizationsSlides(ctx),
        ...buildInitiativesSlides(ctx),
        ...buildSectorChartSlide(ctx),
        ...buildTimelineSlide(ctx),
      ];
    case 'general':
      return [
        ...head,
        ...buildPillarsSlides(ctx),
        ...buildSectorChartSlide(ctx),
        ...buildChairsSlides(ctx),
        ...buildInitiativesSlides(ctx),
        ...buildTimelineSlide(ctx),
      ];
  }
}

/**
 * The briefing deck for the filters in force: the one model the screen deck, its print and the PowerPoint all
 * render, slide for slide, with the same titles, text, figures, notes and footers. What the deck holds depends on
 * the scope (one meeting, one pillar or sector, one country, anything else); a slide with nothing to show is left
 * out; the sources slides list only what the other slides cite. Pure: the same input always gives the same deck.
 */
export function buildBriefingDeck(input: DeckInput): BriefingSlide[] {
  const ctx = createDeckContext(input);
  const content = buildContentSlides(ctx);
  const slides = [...content, ...buildSourcesSlides(ctx, content)];
  const edition = formatEditionLine(input.dataset.edition, input.locale);
  return slides.map((slide) => {
    const ids = slide.sourceIds;
    let line: string;
    if (slide.kind === 'sources') line = ctx.t('briefing.sourcesSelf');
    else if (ids.length === 0) line = ctx.t('briefing.sourcesNone');
    else {
      const shown = ids.slice(0, DECK_LIMITS.footerIds).join(', ');
      const more = ids.length - DECK_LIMITS.footerIds;
      line = ctx.t('briefing.sourcesLine', {
        ids: more > 0 ? `${shown} ${ctx.t('briefing.sourcesMore', { count: more })}` : shown,
      });
    }
    return { ...slide, footer: edition === '' ? line : `${line} · ${edition}` } as BriefingSlide;
  });
}
