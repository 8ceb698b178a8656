/** Tables for the console (aligned columns) and for markdown (pipes), from the same rows. */

type Align = 'left' | 'right';

export interface Table {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  /** Per column; numbers read best right-aligned. Defaults to left for the first column, right for the others. */
  align?: readonly Align[];
}

const alignOf = (table: Table, column: number): Align => table.align?.[column] ?? (column === 0 ? 'left' : 'right');

function checkWidths(table: Table): void {
  for (const row of table.rows) {
    if (row.length !== table.headers.length) {
      throw new Error(`row has ${row.length} cells, table has ${table.headers.length} columns: ${row.join(' | ')}`);
    }
  }
}

export function renderConsoleTable(table: Table): string {
  checkWidths(table);
  const widths = table.headers.map((h, c) => Math.max(h.length, ...table.rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (alignOf(table, c) === 'right' ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(table.headers), rule, ...table.rows.map(line)].join('\n');
}

/** A markdown cell may not contain a pipe or a line break. */
const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdownTable(table: Table): string {
  checkWidths(table);
  const row = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${table.headers.map((_, c) => (alignOf(table, c) === 'right' ? '---:' : ':---')).join('|')}|`;
  return [row(table.headers), rule, ...table.rows.map(row)].join('\n');
}
