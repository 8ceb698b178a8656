import type { Dataset, Edition } from '../data/dataset-schema';

export interface DatasetStatus {
  edition: Edition;
  /** The latest meeting date in the whole dataset (`YYYY-MM-DD`), or null when it has no meetings. */
  lastMeeting: string | null;
}

/**
 * What the dataset says about its own currency: its edition (version and the day its status was checked up to)
 * and the last meeting it records. Null for a file without an edition: nothing is claimed about when it was checked.
 */
export function selectDatasetStatus(dataset: Pick<Dataset, 'edition' | 'meetings'>): DatasetStatus | null {
  if (dataset.edition === undefined) return null;
  let lastMeeting: string | null = null;
  for (const m of dataset.meetings) if (lastMeeting === null || m.date > lastMeeting) lastMeeting = m.date;
  return { edition: dataset.edition, lastMeeting };
}
