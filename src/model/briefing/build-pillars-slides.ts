import type { DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { DECK_LIMITS } from './deck-limits';
import { buildTableSlides } from './build-table-slides';
import { selectTouchedPillars } from './select-deck-records';

/** The pillars in scope (only those the scope touches), each with its summary. */
export function buildPillarsSlides(ctx: DeckContext): DraftSlide[] {
  const { t, text } = ctx;
  const pillars = selectTouchedPillars(ctx);
  return buildTableSlides(ctx, {
    id: 'pillars',
    title: t('briefing.slide.pillars'),
    columns: [
      { header: t('briefing.col.pillar'), weight: 2 },
      { header: t('briefing.col.summary'), weight: 5 },
    ],
    rows: pillars.map((p) => ({ cells: [text(p.name), text(p.summary)], sourceIds: ctx.cites([p]) })),
    perSlide: DECK_LIMITS.longRows,
    notes: (first, last, total) =>
      t('briefing.notes.pillars', {
        first,
        last,
        total,
        names: pillars
          .slice(first - 1, last)
          .map((p) => text(p.name))
          .join('; '),
      }),
  });
}

/** "What it is": the one pillar's or sector's summary, and a pillar's work plan lines. */
export function buildAboutSlides(ctx: DeckContext): DraftSlide[] {
  const { scope, t, text } = ctx;
  if (scope.kind !== 'pillar' && scope.kind !== 'sector') return [];
  const record = scope.kind === 'pillar' ? scope.pillar : scope.sector;
  const lead = text(scope.kind === 'pillar' ? scope.pillar.summary : scope.sector.description);
  const lines = scope.kind === 'pillar' ? scope.pillar.workPlan : [];
  return buildTableSlides(ctx, {
    id: 'about',
    title: t('briefing.slide.about', { name: text(record.name) }),
    lead,
    columns: [{ header: t('briefing.col.workPlan'), weight: 1 }],
    rows: lines.map((l) => ({ cells: [text(l.text)], sourceIds: ctx.cites([l]) })),
    perSlide: DECK_LIMITS.rows,
    notes: () => t('briefing.notes.about', { name: text(record.name), lines: lines.length }),
    sourceIds: ctx.cites([record]),
  });
}

/** A pillar's sectors, or a sector's pillars, each marked stated (a source says so) or inferred. */
export function buildLinksSlides(ctx: DeckContext): DraftSlide[] {
  const { scope, filtered, dataset, t, text } = ctx;
  const basis = (b: 'stated' | 'inferred') => t(b === 'stated' ? 'briefing.basis.stated' : 'briefing.basis.inferred');
  if (scope.kind === 'pillar') {
    const rows = filtered.sectors.flatMap((s) =>
      s.pillarLinks
        .filter((l) => l.pillar === scope.pillar.id)
        .map((l) => ({ cells: [text(s.name), basis(l.basis)], sourceIds: ctx.cites([s, l]) })),
    );
    return buildTableSlides(ctx, {
      id: 'links',
      title: t('briefing.slide.pillarSectors'),
      columns: [
        { header: t('briefing.col.sector'), weight: 3 },
        { header: t('briefing.col.basis'), weight: 1 },
      ],
      rows,
      perSlide: DECK_LIMITS.compactRows,
      notes: (first, last, total) => t('briefing.notes.links', { first, last, total }),
    });
  }
  if (scope.kind === 'sector') {
    const names = new Map(dataset.pillars.map((p) => [p.id, p.name]));
    const rows = scope.sector.pillarLinks.map((l) => {
      const name = names.get(l.pillar);
      return { cells: [name === undefined ? l.pillar : text(name), basis(l.basis)], sourceIds: ctx.cites([l]) };
    });
    return buildTableSlides(ctx, {
      id: 'links',
      title: t('briefing.slide.sectorPillars'),
      columns: [
        { header: t('briefing.col.pillar'), weight: 3 },
        { header: t('briefing.col.basis'), weight: 1 },
      ],
      rows,
      perSlide: DECK_LIMITS.compactRows,
      notes: (first, last, total) => t('briefing.notes.links', { first, last, total }),
    });
  }
  return [];
}
