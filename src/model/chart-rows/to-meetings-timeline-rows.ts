import type { Dataset, LocalizedText, MeetingKind } from '../../data/dataset-schema';

export interface TimelineLane {
  seriesId: string;
  name: LocalizedText;
}

export interface TimelineMeetingRow {
  meetingId: string;
  seriesId: string;
  /** 0-based position in `lanes`. */
  lane: number;
  /** The chart's y: the lane, nudged ±STAGGER when the meeting follows the lane's previous one closely. */
  y: number;
  kind: MeetingKind;
  date: string;
  /** Milliseconds since 1970 at UTC midnight of `date`: the chart's x. */
  time: number;
  title: LocalizedText;
  city: string | null;
  virtual: boolean | null;
}

export interface MeetingsTimeline {
  /** Series with at least one shown meeting, in dataset order. */
  lanes: TimelineLane[];
  /** Meetings in date order (then id). */
  rows: TimelineMeetingRow[];
  /** UTC 1 January of each labelled year, at most `maxTicks` of them, evenly stepped. */
  yearTicks: number[];
  /** From 1 January of the first meeting's year to 1 January after the last one; null without meetings. */
  domain: [number, number] | null;
}

/** Meetings closer than this in one lane would overlap on a phone-width axis, so they alternate above and below. */
const CLOSE_DAYS = 180;
const STAGGER = 0.22;
const DAY = 86_400_000;

const utcTime = (date: string): number => {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

/** Meetings on a time axis, one lane per series. */
export function toMeetingsTimelineRows(dataset: Pick<Dataset, 'meetings' | 'series'>, maxTicks = 7): MeetingsTimeline {
  const withMeetings = new Set(dataset.meetings.map((m) => m.series));
  const lanes = dataset.series.filter((s) => withMeetings.has(s.id)).map((s) => ({ seriesId: s.id, name: s.name }));
  const laneIndex = new Map(lanes.map((lane, index) => [lane.seriesId, index]));
  const rows = [...dataset.meetings]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
    .flatMap((m) => {
      const lane = laneIndex.get(m.series);
      if (lane === undefined) return [];
      const row: TimelineMeetingRow = {
        meetingId: m.id,
        seriesId: m.series,
        lane,
        y: lane,
        kind: m.kind,
        date: m.date,
        time: utcTime(m.date),
        title: m.title,
        city: m.city,
        virtual: m.virtual,
      };
      return [row];
    });
  const previousInLane = new Map<number, TimelineMeetingRow>();
  for (const row of rows) {
    const previous = previousInLane.get(row.lane);
    if (previous !== undefined && row.time - previous.time < CLOSE_DAYS * DAY) {
      row.y = row.lane + (previous.y > previous.lane ? -STAGGER : STAGGER);
    }
    previousInLane.set(row.lane, row);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const yearTicks: number[] = [];
  let domain: [number, number] | null = null;
  if (first !== undefined && last !== undefined) {
    const from = Number(first.date.slice(0, 4));
    const to = Number(last.date.slice(0, 4)) + 1;
    const step = Math.max(1, Math.ceil((to - from + 1) / Math.max(1, maxTicks)));
    for (let year = from; year <= to; year += step) yearTicks.push(Date.UTC(year, 0, 1));
    domain = [Date.UTC(from, 0, 1), Date.UTC(to, 0, 1)];
  }
  return { lanes, rows, yearTicks, domain };
}
