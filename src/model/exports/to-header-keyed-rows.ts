import type { ExportColumn, ExportRecord } from './export-value';
import { toUniqueColumnKeys } from './to-unique-column-keys';

/**
 * Records keyed by their column headers, in column order — what a JSON export writes, so that its keys are the
 * CSV's column names in the same language ("nombre", "precisión_fecha"…). A header two columns share is made
 * unique as toUniqueColumnKeys does ("Name (column 3)"), so no value is lost. Values are kept as they are.
 */
export function toHeaderKeyedRows(rows: readonly ExportRecord[], columns: readonly ExportColumn[]): ExportRecord[] {
  const names = toUniqueColumnKeys(columns.map((c) => c.header));
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [names[i] ?? c.header, row[c.key] ?? null])));
}
