import type { InitiativesByPillar } from './to-initiatives-by-pillar-rows';

export interface InitiativesByPillarTakeaway {
  /** The year with the most initiatives (the earliest on a tie); null when no initiative is dated. */
  peakYear: { year: number; initiatives: number } | null;
  /** The pillar with the most initiatives over all years (first in stack order on a tie). */
  topPillar: { pillarId: string; initiatives: number } | null;
}

/** The peak year and the busiest pillar of the initiatives-over-time chart. */
export function selectInitiativesByPillarTakeaway(data: InitiativesByPillar): InitiativesByPillarTakeaway {
  let peakYear: InitiativesByPillarTakeaway['peakYear'] = null;
  for (const row of data.rows) {
    // Counted per initiative, not per segment: an initiative under two pillars is one initiative of its year.
    if (row.initiatives > 0 && (peakYear === null || row.initiatives > peakYear.initiatives)) {
      peakYear = { year: row.year, initiatives: row.initiatives };
    }
  }
  let topPillar: InitiativesByPillarTakeaway['topPillar'] = null;
  for (const pillarId of data.pillarIds) {
    const initiatives = data.rows.reduce((sum, row) => sum + (row.byPillar.get(pillarId) ?? 0), 0);
    if (initiatives > 0 && (topPillar === null || initiatives > topPillar.initiatives)) {
      topPillar = { pillarId, initiatives };
    }
  }
  return { peakYear, topPillar };
}
