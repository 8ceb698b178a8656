import { describe, expect, it } from 'vitest';
import { limitSectorPillarMatrix } from '../../src/model/chart-rows/limit-sector-pillar-matrix';
import type { SectorPillarMatrix } from '../../src/model/chart-rows/to-sector-pillar-matrix-rows';

const name = (en: string) => ({ en });
/** Sectors s1–s4 (2, 5, 0, 5 initiatives) under pillars p1–p3. */
const matrix: SectorPillarMatrix = {
  columns: [
    { pillarId: 'p1', shortLabel: 'P1', name: name('One') },
    { pillarId: 'p2', shortLabel: 'P2', name: name('Two') },
    { pillarId: 'p3', shortLabel: 'P3', name: name('Three') },
  ],
  rows: [
    { sectorId: 's1', name: name('S1'), initiatives: 2 },
    { sectorId: 's2', name: name('S2'), initiatives: 5 },
    { sectorId: 's3', name: name('S3'), initiatives: 0 },
    { sectorId: 's4', name: name('S4'), initiatives: 5 },
  ],
  cells: [
    { sectorId: 's1', pillarId: 'p1', column: 0, row: 0, basis: 'stated', initiatives: 2 },
    { sectorId: 's2', pillarId: 'p2', column: 1, row: 1, basis: 'stated', initiatives: 4 },
    { sectorId: 's2', pillarId: 'p3', column: 2, row: 1, basis: 'inferred', initiatives: 1 },
    { sectorId: 's3', pillarId: 'p1', column: 0, row: 2, basis: 'inferred', initiatives: 0 },
    { sectorId: 's4', pillarId: 'p3', column: 2, row: 3, basis: 'stated', initiatives: 5 },
  ],
};

describe('limitSectorPillarMatrix', () => {
  it('leaves a matrix that fits alone', () => {
    expect(limitSectorPillarMatrix(matrix, 4, 3)).toEqual({ matrix, rowsTotal: 4, columnsTotal: 3, limited: false });
  });

  it('keeps the sectors with the most initiatives and their busiest pillars, re-indexed in the original order', () => {
    const { matrix: shown, rowsTotal, columnsTotal, limited } = limitSectorPillarMatrix(matrix, 2, 1);
    expect({ rowsTotal, columnsTotal, limited }).toEqual({ rowsTotal: 4, columnsTotal: 3, limited: true });
    expect(shown.rows.map((r) => r.sectorId)).toEqual(['s2', 's4']);
    // p3 holds 6 of the kept sectors' initiatives, p2 holds 4.
    expect(shown.columns.map((c) => c.pillarId)).toEqual(['p3']);
    expect(shown.cells).toEqual([
      { sectorId: 's2', pillarId: 'p3', column: 0, row: 0, basis: 'inferred', initiatives: 1 },
      { sectorId: 's4', pillarId: 'p3', column: 0, row: 1, basis: 'stated', initiatives: 5 },
    ]);
  });

  it('never draws a pillar none of the kept sectors links to', () => {
    const { matrix: shown } = limitSectorPillarMatrix(matrix, 1, 3);
    expect(shown.rows.map((r) => r.sectorId)).toEqual(['s2']);
    expect(shown.columns.map((c) => c.pillarId)).toEqual(['p2', 'p3']);
  });
});
