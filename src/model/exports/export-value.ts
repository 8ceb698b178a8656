/** A value in an exported table: lists stay lists in JSON and are joined with "; " in CSV. */
export type ExportValue = string | number | boolean | null | readonly string[];

export type ExportRecord = Readonly<Record<string, ExportValue>>;

export interface ExportColumn {
  key: string;
  header: string;
}
