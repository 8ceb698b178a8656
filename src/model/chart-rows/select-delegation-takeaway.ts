import type { DelegationCompositionRow } from './to-delegation-composition-rows';

export interface DelegationTakeaway {
  /** The largest single delegation (the earliest meeting, then the first country, on a tie). */
  largest: { meetingId: string; country: string; participants: number } | null;
  /** Seats over all shown meetings, per country, in the rows' country order. */
  totals: { country: string; participants: number }[];
}

/** The largest delegation and each country's total seats in the delegation chart. */
export function selectDelegationTakeaway(rows: readonly DelegationCompositionRow[]): DelegationTakeaway {
  let largest: DelegationTakeaway['largest'] = null;
  const totals = new Map<string, number>();
  for (const row of rows) {
    for (const { country, participants } of row.countries) {
      totals.set(country, (totals.get(country) ?? 0) + participants);
      if (participants > 0 && (largest === null || participants > largest.participants)) {
        largest = { meetingId: row.meetingId, country, participants };
      }
    }
  }
  return { largest, totals: [...totals].map(([country, participants]) => ({ country, participants })) };
}
