import type { ReactNode } from 'react';

interface ChartTableColumn {
  key: string;
  header: ReactNode;
  numeric?: boolean;
}

interface ChartTableRow {
  key: string;
  /** The row's name, a `<th scope="row">`. */
  header: ReactNode;
  /** One cell per column after the first. */
  cells: readonly ReactNode[];
}

interface ChartTableProps {
  caption: string;
  /** All columns, the first being the row headers' column. */
  columns: readonly ChartTableColumn[];
  rows: readonly ChartTableRow[];
}

/** The table twin of a chart: the same data, as a real table that screen readers and keyboards can walk. */
export function ChartTable({ caption, columns, rows }: ChartTableProps) {
  const numericAt = (index: number) => columns[index + 1]?.numeric === true;
  return (
    <div className="chart-table__scroll">
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'chart-table__numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td
                  key={columns[index + 1]?.key ?? index}
                  className={numericAt(index) ? 'chart-table__numeric' : undefined}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
