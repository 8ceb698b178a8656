import { translate } from '../../i18n/pack-data-files';
import { type Locale } from '../../i18n/locale';
import type { ExportColumn, ExportRecord } from './export-value';
import { toDatePrecision } from './to-date-precision';

/**
 * A table with a precision column after each column of ISO dates ("Date" → "Date (precision)": day, month or year),
 * so that a chart's table says how precise each date is, as the data files' `date_precision` does. Other columns,
 * and tables without dates, are returned as they are.
 */
export function withDatePrecisionColumns(
  columns: readonly ExportColumn[],
  rows: readonly ExportRecord[],
  locale: Locale,
): { columns: ExportColumn[]; rows: ExportRecord[] } {
  const dated = columns.filter((c) => c.isoDates === true);
  if (dated.length === 0) return { columns: [...columns], rows: [...rows] };
  const precisionKey = (key: string) => `${key} (precision)`;
  return {
    columns: columns.flatMap((c) =>
      c.isoDates === true
        ? [
            c,
            {
              key: precisionKey(c.key),
              header: translate(locale, 'dataFiles.column.precisionOf', { column: c.header }),
            },
          ]
        : [c],
    ),
    rows: rows.map((row) => {
      const added = dated.map((c) => {
        const value = row[c.key];
        const precision = toDatePrecision(typeof value === 'string' ? value : null);
        return [
          precisionKey(c.key),
          precision === null ? null : translate(locale, `dataFiles.precision.${precision}`),
        ] as const;
      });
      return { ...row, ...Object.fromEntries(added) };
    }),
  };
}
