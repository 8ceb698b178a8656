import type { MeetingKind } from '../../data/dataset-schema';
import type { MeetingsTimeline } from './to-meetings-timeline-rows';

export interface TimelineBin {
  lane: number;
  year: number;
  /** UTC 1 July of `year`: where the bin's marker sits on the time axis. */
  time: number;
  meetings: number;
  /** The single kind when every meeting of the bin is of one kind, else null. */
  kind: MeetingKind | null;
  /** Meetings per kind, most first (then by first appearance). */
  kinds: { kind: MeetingKind; meetings: number }[];
  /** The meeting id when the bin holds exactly one meeting (it can then still be selected). */
  meetingId: string | null;
}

/**
 * The timeline's meetings counted per series and year, for a dataset with too many meetings to draw one marker each
 * (1,300 markers over twenty lanes are an unreadable smear that also takes a second to draw). Every meeting is in
 * exactly one bin, so the counts add up to the meetings shown; bins come lane by lane, then by year.
 */
export function toMeetingsTimelineBins(timeline: MeetingsTimeline): TimelineBin[] {
  const bins = new Map<string, { lane: number; year: number; ids: string[]; kinds: Map<MeetingKind, number> }>();
  for (const row of timeline.rows) {
    const year = Number(row.date.slice(0, 4));
    const key = `${row.lane}:${year}`;
    const bin = bins.get(key) ?? { lane: row.lane, year, ids: [], kinds: new Map<MeetingKind, number>() };
    bin.ids.push(row.meetingId);
    bin.kinds.set(row.kind, (bin.kinds.get(row.kind) ?? 0) + 1);
    bins.set(key, bin);
  }
  return [...bins.values()]
    .sort((a, b) => a.lane - b.lane || a.year - b.year)
    .map(({ lane, year, ids, kinds }) => {
      const counted = [...kinds]
        .map(([kind, meetings]) => ({ kind, meetings }))
        .sort((a, b) => b.meetings - a.meetings);
      return {
        lane,
        year,
        time: Date.UTC(year, 6, 1),
        meetings: ids.length,
        kind: counted.length === 1 ? (counted[0]?.kind ?? null) : null,
        kinds: counted,
        meetingId: ids.length === 1 ? (ids[0] ?? null) : null,
      };
    });
}
