import type { DeckTableColumn, DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';

export interface DeckTableRow {
  cells: string[];
  /** The source ids behind the row: its slide's footer names them. */
  sourceIds: readonly string[];
}

export interface TableSlidesSpec {
  id: string;
  title: string;
  lead?: string | null;
  columns: DeckTableColumn[];
  rows: readonly DeckTableRow[];
  /** Rows per slide: DECK_LIMITS.rows or DECK_LIMITS.longRows. */
  perSlide: number;
  /** The speaker notes of one slide of the table, given the rows it shows (1-based, inclusive). */
  notes: (first: number, last: number, total: number) => string;
  /** Cited by every slide of the table, e.g. the meeting a list belongs to. */
  sourceIds?: readonly string[];
}

/** A titled table, continued over as many slides as its rows need; no rows and no lead, no slide. */
export function buildTableSlides(ctx: DeckContext, spec: TableSlidesSpec): DraftSlide[] {
  const lead = spec.lead ?? null;
  if (spec.rows.length === 0 && lead === null) return [];
  const pages: DeckTableRow[][] = [];
  for (let i = 0; i < spec.rows.length; i += spec.perSlide) pages.push(spec.rows.slice(i, i + spec.perSlide));
  if (pages.length === 0) pages.push([]);
  return pages.map((rows, index) => {
    const first = index * spec.perSlide + 1;
    return {
      id: pages.length > 1 ? `${spec.id}-${index + 1}` : spec.id,
      kind: 'table',
      title:
        pages.length > 1
          ? ctx.t('briefing.page', { title: spec.title, page: index + 1, pages: pages.length })
          : spec.title,
      lead: index === 0 ? lead : null,
      columns: spec.columns,
      rows: rows.map((r) => r.cells),
      notes: spec.notes(first, first + rows.length - 1, spec.rows.length),
      sourceIds: ctx.sortIds([...(spec.sourceIds ?? []), ...rows.flatMap((r) => r.sourceIds)]),
    };
  });
}
