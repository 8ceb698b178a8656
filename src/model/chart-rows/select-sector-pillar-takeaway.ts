import type { SectorPillarMatrix } from './to-sector-pillar-matrix-rows';

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
  const pillarsPerSector = new Map<string, Set<string>>();
  for (const cell of matrix.cells) {
    const pillars = pillarsPerSector.get(cell.sectorId) ?? new Set<string>();
    pillars.add(cell.pillarId);
    pillarsPerSector.set(cell.sectorId, pillars);
  }
  let widest: SectorPillarTakeaway['widest'] = null;
  for (const row of matrix.rows) {
    const pillars = pillarsPerSector.get(row.sectorId)?.size ?? 0;
    if (pillars >= 2 && (widest === null || pillars > widest.pillars)) widest = { sectorId: row.sectorId, pillars };
  }
  return { busiest, widest };
}
