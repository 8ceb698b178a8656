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

/**
 * A chart's table twin as columns and records, read from the rendered `<table>`: the download then holds exactly
 * what the table shows, in the reader's language, for every chart without each panel shaping its rows twice.
 */
export function readChartTable(table: HTMLTableElement): { columns: ExportColumn[]; rows: ExportRecord[] } {
  const headers = [...table.querySelectorAll('thead tr:last-child th')].map((th, index) => cellText(th) || `column ${index + 1}`);
  // Cells are matched to columns by their place in the row, never by header text, which two columns may share.
  const keys = toUniqueColumnKeys(headers);
  const columns = headers.map((header, index) => ({ key: keys[index] ?? header, header }));
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
    Object.fromEntries(
      [...tr.children].flatMap((cell, index) => {
        const key = keys[index];
        return key === undefined ? [] : [[key, valueOf(cellText(cell))]];
      }),
    ),
  );
  return { columns, rows };
}
