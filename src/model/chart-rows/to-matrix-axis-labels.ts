import { wrapLabel } from './wrap-label';

export interface MatrixAxisLabelsInput {
  /** Each column's label in full ("2021–\nI · Building Back Together") and short ("2021–\nI"). */
  columns: readonly { full: string; short: string }[];
  /** Each row's full name. */
  rows: readonly string[];
  /** The width of one column and of the row labels' axis, in px. */
  columnWidth: number;
  rowAxisWidth: number;
}

export interface MatrixAxisLabels {
  /** Each label's lines. */
  columns: string[][];
  rows: string[][];
  /** A row's height and the column axis's, in px: tall enough for the most lines any label has. */
  rowHeight: number;
  columnAxisHeight: number;
}

/** A 12 px tick line's height, in px. */
const LINE_HEIGHT = 14;
const MIN_ROW_HEIGHT = 40;
/** A column label under this many characters a line would break words: the column shows its number only. */
const MIN_NAME_CHARS = 8;
const COLUMN_LABEL_LINES = 6;
const ROW_LABEL_LINES = 3;
/**
 * Average glyph widths of 12 px text: a column label is centred in its column, with the spare room on both sides;
 * a row label sits flush against the plot, so it is fitted with a generous width (wide fallback fonts included).
 */
const COLUMN_CHAR_WIDTH = 6.6;
const ROW_CHAR_WIDTH = 7.2;

/**
 * The sector–pillar matrix's axis labels, wrapped at spaces to their room rather than cut: a sector's name over up
 * to three lines beside its row; a column's series years, number and name over up to six lines above it (its number
 * only where the column is too narrow for words; the legend names every column in full). The rows and the column
 * axis grow to hold the most lines.
 */
export function toMatrixAxisLabels({
  columns,
  rows,
  columnWidth,
  rowAxisWidth,
}: MatrixAxisLabelsInput): MatrixAxisLabels {
  const columnChars = Math.floor((columnWidth - 4) / COLUMN_CHAR_WIDTH);
  const wrappedColumns = columns.map((label) =>
    columnChars >= MIN_NAME_CHARS
      ? wrapLabel(label.full, columnChars, COLUMN_LABEL_LINES)
      : wrapLabel(label.short, Math.max(4, columnChars), 2),
  );
  const rowChars = Math.floor((rowAxisWidth - 10) / ROW_CHAR_WIDTH);
  const wrappedRows = rows.map((label) => wrapLabel(label, rowChars, ROW_LABEL_LINES));
  return {
    columns: wrappedColumns,
    rows: wrappedRows,
    rowHeight: Math.max(MIN_ROW_HEIGHT, ...wrappedRows.map((lines) => lines.length * LINE_HEIGHT + 10)),
    columnAxisHeight: Math.max(30, ...wrappedColumns.map((lines) => lines.length * LINE_HEIGHT + 8)),
  };
}
