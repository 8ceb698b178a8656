import { describe, expect, it } from 'vitest';
import { toMeetingsTimelineBins } from '../../src/model/chart-rows/to-meetings-timeline-bins';
import type { MeetingsTimeline, TimelineMeetingRow } from '../../src/model/chart-rows/to-meetings-timeline-rows';

const row = (meetingId: string, lane: number, date: string, kind: TimelineMeetingRow['kind']): TimelineMeetingRow => ({
  meetingId,
  seriesId: `s${lane}`,
  lane,
  y: lane,
  kind,
  date,
  time: Date.parse(date),
  title: { en: meetingId },
  city: null,
  virtual: null,
});

describe('toMeetingsTimelineBins', () => {
  it('counts meetings per series and year, keeping a lone meeting selectable and every meeting counted once', () => {
    const timeline: MeetingsTimeline = {
      lanes: [
        { seriesId: 's0', name: { en: 'A' } },
        { seriesId: 's1', name: { en: 'B' } },
      ],
      rows: [
        row('m1', 1, '2021-03-01', 'follow-up'),
        row('m2', 0, '2021-05-01', 'work-plan'),
        row('m3', 0, '2021-09-01', 'follow-up'),
        row('m4', 0, '2021-11-01', 'follow-up'),
        row('m5', 0, '2022-01-10', 'annual-ministerial'),
      ],
      yearTicks: [],
      domain: null,
    };
    expect(toMeetingsTimelineBins(timeline)).toEqual([
      {
        lane: 0,
        year: 2021,
        time: Date.UTC(2021, 6, 1),
        meetings: 3,
        kind: null,
        kinds: [
          { kind: 'follow-up', meetings: 2 },
          { kind: 'work-plan', meetings: 1 },
        ],
        meetingId: null,
      },
      {
        lane: 0,
        year: 2022,
        time: Date.UTC(2022, 6, 1),
        meetings: 1,
        kind: 'annual-ministerial',
        kinds: [{ kind: 'annual-ministerial', meetings: 1 }],
        meetingId: 'm5',
      },
      {
        lane: 1,
        year: 2021,
        time: Date.UTC(2021, 6, 1),
        meetings: 1,
        kind: 'follow-up',
        kinds: [{ kind: 'follow-up', meetings: 1 }],
        meetingId: 'm1',
      },
    ]);
  });
});
