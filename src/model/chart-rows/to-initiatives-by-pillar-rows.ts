import type { Dataset } from '../../data/dataset-schema';
import { initiativeYear } from '../apply-filters';

interface InitiativesByPillarRow {
  year: number;
  /** Initiatives of that year, each counted once. */
  initiatives: number;
  /** Initiatives of that year linked to each pillar (an initiative under two pillars counts in both). */
  byPillar: Map<string, number>;
  /** Initiatives of that year with no pillar link. */
  unassigned: number;
}

export interface InitiativesByPillar {
  /** Pillars with at least one initiative, in dataset order: the stack's segments. */
  pillarIds: string[];
  /** One row per year from the first to the last, gaps included so quiet years show as quiet. */
  rows: InitiativesByPillarRow[];
  /** Initiatives with neither a date nor a dated meeting, which no year can hold. */
  undated: number;
}

/** Initiatives per year and pillar, for a stacked bar chart over time. */
export function toInitiativesByPillarRows(
  dataset: Pick<Dataset, 'meetings' | 'pillars' | 'initiatives'>,
): InitiativesByPillar {
  const meetingDates = new Map(dataset.meetings.map((m) => [m.id, m.date]));
  const pillarIds = new Set(dataset.pillars.map((p) => p.id));
  const counts = new Map<number, InitiativesByPillarRow>();
  const used = new Set<string>();
  let undated = 0;
  for (const initiative of dataset.initiatives) {
    const year = initiativeYear(initiative, meetingDates);
    if (year === null) {
      undated += 1;
      continue;
    }
    const row = counts.get(year) ?? { year, initiatives: 0, byPillar: new Map(), unassigned: 0 };
    counts.set(year, row);
    row.initiatives += 1;
    if (initiative.pillars.length === 0) row.unassigned += 1;
    for (const pillar of new Set(initiative.pillars.map((l) => l.pillar))) {
      if (!pillarIds.has(pillar)) continue;
      row.byPillar.set(pillar, (row.byPillar.get(pillar) ?? 0) + 1);
      used.add(pillar);
    }
  }
  const years = [...counts.keys()];
  const rows: InitiativesByPillarRow[] = [];
  if (years.length > 0) {
    for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
      rows.push(counts.get(year) ?? { year, initiatives: 0, byPillar: new Map(), unassigned: 0 });
    }
  }
  return { pillarIds: dataset.pillars.map((p) => p.id).filter((id) => used.has(id)), rows, undated };
}
