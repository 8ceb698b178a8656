/** The implementation before the performance work, kept verbatim so a test can prove the fast one gives identical results. */
import type { SectorPillarMatrix } from '../../../src/model/chart-rows/to-sector-pillar-matrix-rows';

export interface SectorPillarTakeaway {
  /** The sector with the most initiatives (first in row order on a tie); null when no sector has any. */
  busiest: { sectorId: string; initiatives: number } | null;
  /** The sector under the most pillars, when one sits under two or more; null otherwise. */
  widest: { sectorId: string; pillars: number } | null;
}

/** What the sector × pillar matrix says in one line: where the initiatives cluster and which sector spans pillars. */
export function selectSectorPillarTakeaway(matrix: SectorPillarMatrix): SectorPillarTakeaway {
  let busiest: SectorPillarTakeaway['busiest'] = null;
  for (const row of matrix.rows) {
    if (row.initiatives > 0 && (busiest === null || row.initiatives > busiest.initiatives)) {
      busiest = { sectorId: row.sectorId, initiatives: row.initiatives };
    }
  }
  let widest: SectorPillarTakeaway['widest'] = null;
  for (const row of matrix.rows) {
    const pillars = new Set(matrix.cells.filter((c) => c.sectorId === row.sectorId).map((c) => c.pillarId)).size;
    if (pillars >= 2 && (widest === null || pillars > widest.pillars)) widest = { sectorId: row.sectorId, pillars };
  }
  return { busiest, widest };
}
