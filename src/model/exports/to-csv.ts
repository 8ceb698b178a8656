import type { ExportAbout, ExportAboutLabels } from './export-about';
import type { ExportColumn, ExportRecord, ExportValue } from './export-value';

/** Excel reads a CSV as UTF-8 only when it starts with this byte order mark; without it "Bárcena" turns to "BÃ¡rcena". */
export const UTF8_BOM = '\uFEFF';

/** A cell starting with one of these is run as a formula by spreadsheets (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return cellText(value.join('; '));
}

/** RFC 4180: a field holding a comma, quote or line break is quoted, and its quotes doubled. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (values: readonly ExportValue[]) => values.map((v) => quote(cellText(v))).join(',');

function preamble(about: ExportAbout, labels: ExportAboutLabels): string[] {
  const [firstSource = '', ...otherSources] = about.sources;
  return [
    line([labels.title, about.title]),
    line([labels.sources, firstSource]),
    ...otherSources.map((source) => line(['', source])),
    line([labels.filters, about.filters]),
    line([labels.link, about.link]),
    line([labels.generated, about.generated]),
    ...(about.edition === undefined ? [] : [line([labels.edition ?? '', about.edition])]),
    '',
  ];
}

/**
 * A CSV file's text: the UTF-8 BOM, then (when `about` is given) a block of "Label","value" rows citing the title,
 * sources, filters and link followed by a blank row — CSV has no comment syntax, so the citation travels as rows —
 * then the header row and one row per record. Lines end with CRLF as RFC 4180 says.
 */
export function toCsv(
  rows: readonly ExportRecord[],
  columns: readonly ExportColumn[],
  about?: { about: ExportAbout; labels: ExportAboutLabels },
): string {
  const lines = [
    ...(about === undefined ? [] : preamble(about.about, about.labels)),
    line(columns.map((c) => c.header)),
    ...rows.map((row) => line(columns.map((c) => row[c.key] ?? null))),
  ];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
