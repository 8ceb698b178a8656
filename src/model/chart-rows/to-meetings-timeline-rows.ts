import type { Dataset, LocalizedText, MeetingKind } from '../../data/dataset-schema';

interface TimelineLane {
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

/**
 * The timeline's axes: its lanes and time span. Drawn from the whole dataset, they stay as they are while the
 * filters change which meetings are marked: a filtered view reads against the whole dialogue, and the chart's axes
 * are not redrawn on every filter change.
 */
export interface TimelineFrame {
  /** Series with at least one meeting, in dataset order. */
  lanes: TimelineLane[];
  /** UTC 1 January of each labelled year, at most `maxTicks` of them, evenly stepped. */
  yearTicks: number[];
  /** From 1 January of the first meeting's year to 1 January after the last one; null without meetings. */
  domain: [number, number] | null;
}

export interface MeetingsTimeline extends TimelineFrame {
  /** The meetings shown, in date order (then id), on the frame's lanes. */
  rows: TimelineMeetingRow[];
}

/** Meetings closer than this in one lane would overlap on a phone-width axis, so they alternate above and below. */
const CLOSE_DAYS = 180;
const STAGGER = 0.22;
const DAY = 86_400_000;

const utcTime = (date: string): number => {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

const byDate = (a: { date: string; id: string }, b: { date: string; id: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1;

/** The lanes and time span of these meetings (see TimelineFrame). */
export function toTimelineFrame(dataset: Pick<Dataset, 'meetings' | 'series'>, maxTicks = 7): TimelineFrame {
  const withMeetings = new Set(dataset.meetings.map((m) => m.series));
  const lanes = dataset.series.filter((s) => withMeetings.has(s.id)).map((s) => ({ seriesId: s.id, name: s.name }));
  const onLanes = new Set(lanes.map((lane) => lane.seriesId));
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const m of dataset.meetings) {
    if (!onLanes.has(m.series)) continue;
    if (firstDate === null || m.date < firstDate) firstDate = m.date;
    if (lastDate === null || m.date > lastDate) lastDate = m.date;
  }
  const yearTicks: number[] = [];
  let domain: [number, number] | null = null;
  if (firstDate !== null && lastDate !== null) {
    const from = Number(firstDate.slice(0, 4));
    const to = Number(lastDate.slice(0, 4)) + 1;
    const step = Math.max(1, Math.ceil((to - from + 1) / Math.max(1, maxTicks)));
    for (let year = from; year <= to; year += step) yearTicks.push(Date.UTC(year, 0, 1));
    domain = [Date.UTC(from, 0, 1), Date.UTC(to, 0, 1)];
  }
  return { lanes, yearTicks, domain };
}

/**
 * Meetings on a time axis, one lane per series. `frame` sets the lanes and span (the same object back, so a chart
 * memoised on them is left alone); by default the meetings' own. A meeting whose series has no lane is left out.
 */
export function toMeetingsTimelineRows(
  dataset: Pick<Dataset, 'meetings' | 'series'>,
  frame: TimelineFrame = toTimelineFrame(dataset),
): MeetingsTimeline {
  const { lanes } = frame;
  const laneIndex = new Map(lanes.map((lane, index) => [lane.seriesId, index]));
  const rows = [...dataset.meetings].sort(byDate).flatMap((m) => {
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
  return { lanes, rows, yearTicks: frame.yearTicks, domain: frame.domain };
}
