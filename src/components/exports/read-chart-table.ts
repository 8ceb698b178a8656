import type { ExportColumn, ExportRecord } from '../../model/exports/export-value';
import { toUniqueColumnKeys } from '../../model/exports/to-unique-column-keys';

/** The visible words of a cell, without its "Filter" button (an action, not data). */
function cellText(cell: Element): string {
  const copy = cell.cloneNode(true);
  if (!(copy instanceof Element)) return '';
  copy.querySelectorAll('button, .chart-table__header-action').forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** "12" → 12, so that JSON keeps numbers as numbers; anything else stays text. */
const valueOf = (text: string) => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/** A cell that shows only a date the page wrote in a `<time datetime>`: its ISO value ("2013-05-02"), else null. */
function isoDateOf(cell: Element): string | null {
  const time = cell.querySelector('time[datetime]');
  if (time === null || cellText(time) !== cellText(cell)) return null;
  const value = time.getAttribute('datetime') ?? '';
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : null;
}

/**
 * A chart's table twin as columns and records, read from the rendered `<table>`: the download then holds exactly
 * what the table shows, in the reader's language, for every chart without each panel shaping its rows twice.
 */
export function readChartTable(table: HTMLTableElement): { columns: ExportColumn[]; rows: ExportRecord[] } {
  const headers = [...table.querySelectorAll('thead tr:last-child th')].map(
    (th, index) => cellText(th) || `column ${index + 1}`,
  );
  // Cells are matched to columns by their place in the row, never by header text, which two columns may share.
  const keys = toUniqueColumnKeys(headers);
  const bodyRows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children]);
  // Dates go out as ISO text ("2013-05-02", not "2 de mayo de 2013") in a column whose every cell is a <time>.
  const dated = headers.map(
    (_, index) =>
      bodyRows.length > 0 &&
      bodyRows.every((cells) => {
        const cell = cells[index];
        return cell !== undefined && isoDateOf(cell) !== null;
      }),
  );
  const columns = headers.map((header, index) => ({
    key: keys[index] ?? header,
    header,
    ...(dated[index] === true ? { isoDates: true } : {}),
  }));
  const rows = bodyRows.map((cells) =>
    Object.fromEntries(
      cells.flatMap((cell, index) => {
        const key = keys[index];
        if (key === undefined) return [];
        return [[key, dated[index] === true ? (isoDateOf(cell) ?? cellText(cell)) : valueOf(cellText(cell))]];
      }),
    ),
  );
  return { columns, rows };
}
