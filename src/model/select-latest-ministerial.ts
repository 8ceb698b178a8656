import type { Meeting } from '../data/dataset-schema';

/** The most recent annual ministerial among the given meetings (the overview's spotlight). */
export function selectLatestMinisterial(meetings: readonly Meeting[]): Meeting | undefined {
  return meetings
    .filter((m) => m.kind === 'annual-ministerial')
    .reduce<Meeting | undefined>((latest, m) => (latest === undefined || m.date > latest.date ? m : latest), undefined);
}
