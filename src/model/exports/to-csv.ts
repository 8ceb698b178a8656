import type { ExportColumn, ExportRecord, ExportValue } from './export-value';

/** Excel reads a CSV as UTF-8 only when it starts with this byte order mark; without it "Bárcena" turns to "BÃ¡rcena". */
export const UTF8_BOM = '\uFEFF';

/** A cell starting with one of these is run as a formula by spreadsheets (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text as a spreadsheet should see it: lists joined with "; ", formulas defused with a leading apostrophe. */
function toCellText(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return toCellText(value.join('; '));
}

/** RFC 4180: a field holding a comma, quote or line break is quoted, and its quotes doubled. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (values: readonly ExportValue[]) => values.map((v) => quote(toCellText(v))).join(',');

/**
 * A CSV file's text: the UTF-8 BOM, the header row on line 1, then one row per record; lines end with CRLF as
 * RFC 4180 says. Nothing comes before the header — Excel, LibreOffice, pandas and R all take line 1 as the
 * column names — so the title, filters and sources travel in a README beside it (toExportReadme).
 */
export function toCsv(rows: readonly ExportRecord[], columns: readonly ExportColumn[]): string {
  const lines = [
    line(columns.map((c) => c.header)),
    ...rows.map((row) => line(columns.map((c) => row[c.key] ?? null))),
  ];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
