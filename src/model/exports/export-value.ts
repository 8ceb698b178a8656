/** A value in an exported table: lists stay lists in JSON and are joined with "; " in CSV. */
export type ExportValue = string | number | boolean | null | readonly string[];

export type ExportRecord = Readonly<Record<string, ExportValue>>;

export interface ExportColumn {
  /** Looks the value up in a record; stable across languages. */
  key: string;
  /** The column's name in the file, in the reader's language. */
  header: string;
  /** What the column holds, for the README; absent for a chart's table, whose headers say it. */
  description?: string;
  /** The column holds ISO dates of mixed precision (a chart table's `<time datetime>` cells): files add their precision. */
  isoDates?: boolean;
}
