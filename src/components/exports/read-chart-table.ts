import type { ExportColumn, ExportRecord } from '../../model/exports/export-value';

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
  const headerCells = [...table.querySelectorAll('thead tr:last-child th')];
  const columns = headerCells.map((th, index) => {
    const header = cellText(th) || `column ${index + 1}`;
    return { key: header, header };
  });
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
    Object.fromEntries([...tr.children].map((cell, index) => [columns[index]?.key ?? `column ${index + 1}`, valueOf(cellText(cell))])),
  );
  return { columns, rows };
}
