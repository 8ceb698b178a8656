import type { SectorPillarMatrix } from './to-sector-pillar-matrix-rows';

export interface LimitedSectorPillarMatrix {
  /** What the chart draws: at most `maxRows` rows and `maxColumns` columns, re-indexed, in their original order. */
  matrix: SectorPillarMatrix;
  rowsTotal: number;
  columnsTotal: number;
  /** True when rows or columns were left out (the chart then says so; the table twin keeps them all). */
  limited: boolean;
}

/**
 * A matrix small enough to read. Beyond a few dozen sectors and pillars the bubbles and labels no longer fit (a 100×
 * dataset has 110 × 130), so the chart keeps the sectors with the most initiatives and, among them, the pillars
 * with the most initiatives (then the most links), ties going to the earlier one. Nothing is merged or rounded: every
 * drawn cell is the cell of the full matrix.
 */
export function limitSectorPillarMatrix(
  full: SectorPillarMatrix,
  maxRows: number,
  maxColumns: number,
): LimitedSectorPillarMatrix {
  const rowsTotal = full.rows.length;
  const columnsTotal = full.columns.length;
  if (rowsTotal <= maxRows && columnsTotal <= maxColumns)
    return { matrix: full, rowsTotal, columnsTotal, limited: false };

  const keptRows = new Set(
    full.rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => b.row.initiatives - a.row.initiatives || a.index - b.index)
      .slice(0, maxRows)
      .map(({ row }) => row.sectorId),
  );
  const weight = new Map<string, { initiatives: number; links: number }>();
  for (const cell of full.cells) {
    if (!keptRows.has(cell.sectorId)) continue;
    const w = weight.get(cell.pillarId) ?? { initiatives: 0, links: 0 };
    w.initiatives += cell.initiatives;
    w.links += 1;
    weight.set(cell.pillarId, w);
  }
  const keptColumns = new Set(
    full.columns
      .map((column, index) => ({ column, index, w: weight.get(column.pillarId) ?? { initiatives: 0, links: 0 } }))
      .filter(({ w }) => w.links > 0)
      .sort((a, b) => b.w.initiatives - a.w.initiatives || b.w.links - a.w.links || a.index - b.index)
      .slice(0, maxColumns)
      .map(({ column }) => column.pillarId),
  );

  const columns = full.columns.filter((c) => keptColumns.has(c.pillarId));
  const rows = full.rows.filter((r) => keptRows.has(r.sectorId));
  const columnIndex = new Map(columns.map((c, index) => [c.pillarId, index]));
  const rowIndex = new Map(rows.map((r, index) => [r.sectorId, index]));
  const cells = full.cells.flatMap((cell) => {
    const column = columnIndex.get(cell.pillarId);
    const row = rowIndex.get(cell.sectorId);
    return column === undefined || row === undefined ? [] : [{ ...cell, column, row }];
  });
  return { matrix: { columns, rows, cells }, rowsTotal, columnsTotal, limited: true };
}
