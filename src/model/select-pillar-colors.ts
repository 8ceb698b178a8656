import type { Dataset } from '../data/dataset-schema';

/** The number of `--pillar-N` colour tokens in src/styles/tokens.css. */
export const PILLAR_PALETTE_SIZE = 14;

export interface PillarStyle {
  /** A CSS colour value, `var(--pillar-N)`, that follows the theme. */
  color: string;
  /** 1-based palette slot; patterns (issue: never colour alone) key off it too. */
  slot: number;
}

/**
 * One colour per pillar, assigned once from the full dataset so that a pillar keeps its colour whatever the
 * filters: the relaunched series' pillars take the first (strongest) slots, then earlier series in order.
 */
export function selectPillarColors(dataset: Dataset): Map<string, PillarStyle> {
  const seriesOrder = new Map(
    [...dataset.series].sort((a, b) => b.startYear - a.startYear).map((s, index) => [s.id, index]),
  );
  const ordered = [...dataset.pillars].sort(
    (a, b) =>
      (seriesOrder.get(a.series) ?? 0) - (seriesOrder.get(b.series) ?? 0) ||
      (a.kind === b.kind ? 0 : a.kind === 'pillar' ? -1 : 1) ||
      a.number - b.number,
  );
  return new Map(
    ordered.map((pillar, index) => {
      const slot = (index % PILLAR_PALETTE_SIZE) + 1;
      return [pillar.id, { color: `var(--pillar-${slot})`, slot }];
    }),
  );
}
