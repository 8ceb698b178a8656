import { wrapLabel } from '../chart-rows/wrap-label';

/** One key of a chart's legend, as the page's legend shows it: a mark and its meaning in words. */
export interface ChartLegendEntry {
  label: string;
  color: string;
  /** The mark as SVG path data centred on (0, 0), sized for a 16 × 16 box (the page legend's own marker). */
  path: string;
  /** A faint fill with a dashed outline (inferred links, "Unassigned"), as the chart draws it. */
  outlined: boolean;
}

/** A chart's legend: its lists of keys (the matrix has two: the bubbles' cue, the pillars) and its notes in words. */
export interface ChartLegendContent {
  groups: readonly (readonly ChartLegendEntry[])[];
  notes: readonly string[];
}

interface PlacedLegendEntry {
  entry: ChartLegendEntry;
  /** The mark's top-left corner, relative to the legend's. */
  x: number;
  y: number;
  /** The label's lines, left-aligned after the mark; the first baseline is `y + LEGEND_FONT_SIZE`. */
  lines: string[];
}

interface PlacedLegendNote {
  y: number;
  lines: string[];
}

export interface LegendLayout {
  entries: PlacedLegendEntry[];
  notes: PlacedLegendNote[];
  height: number;
}

export const LEGEND_FONT_SIZE = 13;
export const LEGEND_LINE_HEIGHT = 18;
export const LEGEND_MARK_SIZE = 14;
/** A generous average glyph width of the legend's text, as a share of its size (an image cannot measure text). */
const CHAR_WIDTH = 0.56;
const MARK_GAP = 6;
const ENTRY_GAP = 20;
const GROUP_GAP = 8;
const MAX_LABEL_LINES = 4;
/** A legend column is at most this wide: longer labels wrap within it rather than take a row each. */
const MAX_COLUMN_WIDTH = 340;

/**
 * Places a chart's legend in a box `width` wide. Each group's entries are laid out in a grid of equal columns, as
 * many as fit entries of the group's widest label (up to MAX_COLUMN_WIDTH: a longer label wraps in its column), filled
 * row by row; a label wraps at spaces over up to four lines, so it is not cut short while it fits. The notes follow,
 * wrapped to the width. Widths are estimated from the character count, as the SVG composer does.
 */
export function layoutChartLegend(legend: ChartLegendContent, width: number): LegendLayout {
  const charWidth = LEGEND_FONT_SIZE * CHAR_WIDTH;
  const entryWidth = (label: string) => LEGEND_MARK_SIZE + MARK_GAP + [...label].length * charWidth;
  const entries: PlacedLegendEntry[] = [];
  let y = 0;
  for (const group of legend.groups) {
    if (group.length === 0) continue;
    if (entries.length > 0) y += GROUP_GAP;
    const widest = Math.min(MAX_COLUMN_WIDTH, width, Math.max(...group.map((entry) => entryWidth(entry.label))));
    const columns = Math.max(1, Math.min(group.length, Math.floor((width + ENTRY_GAP) / (widest + ENTRY_GAP))));
    const columnWidth = (width - (columns - 1) * ENTRY_GAP) / columns;
    const maxChars = Math.max(8, Math.floor((columnWidth - LEGEND_MARK_SIZE - MARK_GAP) / charWidth));
    for (let start = 0; start < group.length; start += columns) {
      let rowLines = 1;
      group.slice(start, start + columns).forEach((entry, column) => {
        const lines = wrapLabel(entry.label, maxChars, MAX_LABEL_LINES);
        entries.push({ entry, x: Math.round(column * (columnWidth + ENTRY_GAP)), y, lines });
        rowLines = Math.max(rowLines, lines.length);
      });
      y += rowLines * LEGEND_LINE_HEIGHT;
    }
  }
  const notes: PlacedLegendNote[] = [];
  const noteChars = Math.max(8, Math.floor(width / charWidth));
  for (const note of legend.notes) {
    if (notes.length === 0 && entries.length > 0) y += GROUP_GAP;
    const lines = wrapLabel(note, noteChars, 8);
    notes.push({ y, lines });
    y += lines.length * LEGEND_LINE_HEIGHT;
  }
  return { entries, notes, height: y };
}
