import type { MeetingKind } from '../../data/dataset-schema';
import type { MeetingsTimeline } from './to-meetings-timeline-rows';

export interface MeetingsTimelineTakeaway {
  meetings: number;
  firstDate: string;
  lastDate: string;
  /** The most frequent kind (the first to appear on a tie). */
  commonestKind: { kind: MeetingKind; meetings: number };
}

/** How many meetings the timeline shows, over which span, and which kind dominates; null when there are none. */
export function selectMeetingsTimelineTakeaway(timeline: MeetingsTimeline): MeetingsTimelineTakeaway | null {
  const first = timeline.rows[0];
  const last = timeline.rows[timeline.rows.length - 1];
  if (first === undefined || last === undefined) return null;
  const perKind = new Map<MeetingKind, number>();
  for (const row of timeline.rows) perKind.set(row.kind, (perKind.get(row.kind) ?? 0) + 1);
  let commonestKind = { kind: first.kind, meetings: 0 };
  for (const [kind, meetings] of perKind) {
    if (meetings > commonestKind.meetings) commonestKind = { kind, meetings };
  }
  return { meetings: timeline.rows.length, firstDate: first.date, lastDate: last.date, commonestKind };
}
