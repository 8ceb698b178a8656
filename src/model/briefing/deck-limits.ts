/**
 * What fits one 16:9 slide at a size a room can read, for every output alike (screen, print, PowerPoint): a longer
 * list continues on the next slide, titled "(2/3)". Defined once; the renderers never paginate on their own.
 */
export const DECK_LIMITS = {
  /** Rows of a table slide whose cells are short (names, dates, statuses). */
  rows: 8,
  /** Rows of a table slide of one-line cells (a name and a word). */
  compactRows: 10,
  /** Rows of a table slide whose cells are sentences (outcomes, summaries). */
  longRows: 5,
  /** Source lines of a sources slide, set in two columns. */
  sources: 24,
  /** Categories (sectors) of one chart slide: more continue on the next, so that chart text stays at 9 pt in print. */
  chartCategories: 7,
  /** Source ids a footer names before "+N more". */
  footerIds: 8,
} as const;
