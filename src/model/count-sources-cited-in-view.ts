import type { Dataset } from '../data/dataset-schema';
import type { CitingRecord } from './select-cited-by';

/** How many sources are cited by a meeting or an initiative that the current filters keep. */
export function countSourcesCitedInView(
  citedBy: ReadonlyMap<string, readonly CitingRecord[]>,
  filtered: Pick<Dataset, 'meetings' | 'initiatives'>,
): number {
  const meetings = new Set(filtered.meetings.map((m) => m.id));
  const initiatives = new Set(filtered.initiatives.map((n) => n.id));
  let count = 0;
  for (const records of citedBy.values()) {
    const inView = records.some(
      (r) => (r.type === 'meeting' && meetings.has(r.id)) || (r.type === 'initiative' && initiatives.has(r.id)),
    );
    if (inView) count += 1;
  }
  return count;
}
