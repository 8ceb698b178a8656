import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Meeting, MeetingKind, Series } from '../../src/data/dataset-schema';
import { selectMeetingsTimelineTakeaway } from '../../src/model/chart-rows/select-meetings-timeline-takeaway';
import { toMeetingsTimelineRows, toTimelineFrame } from '../../src/model/chart-rows/to-meetings-timeline-rows';
import { loadFixture } from '../fixtures/load-fixture';

const citations = [{ source: 'SRC1' }];

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const series = (id: string, startYear: number): Series => ({
  id,
  name: { en: `Series ${id}` },
  startYear,
  endYear: null,
  summary: { en: 'Summary.' },
  citations,
});

const meeting = (id: string, seriesId: string, kind: MeetingKind, date: string): Meeting => ({
  id,
  series: seriesId,
  kind,
  sequence: null,
  title: { en: `Meeting ${id}` },
  date,
  city: id === 'A' ? 'Mexico City' : null,
  venue: null,
  hostCountry: null,
  virtual: id === 'A' ? false : null,
  summary: { en: 'Summary.' },
  outcomes: [],
  citations,
});

/** Listed out of order; B follows A within 180 days, E, F and H follow each other closely; "third" has no meeting. */
function fixture(): Dataset {
  return {
    ...mini(),
    series: [series('first', 2013), series('third', 2030), series('second', 2021)],
    meetings: [
      meeting('H', 'second', 'follow-up', '2022-04-18'),
      meeting('C', 'first', 'mid-year-review', '2014-06-30'),
      meeting('A', 'first', 'establishment', '2013-05-02'),
      meeting('B', 'first', 'annual-ministerial', '2013-09-20'),
      meeting('D', 'second', 'annual-ministerial', '2021-09-09'),
      meeting('F', 'second', 'mid-year-review', '2022-04-18'),
      meeting('E', 'second', 'work-plan', '2021-12-13'),
    ],
  };
}

const row = (
  id: string,
  seriesId: string,
  lane: number,
  y: number,
  kind: MeetingKind,
  date: string,
  y4: number,
  m: number,
  d: number,
) => ({
  meetingId: id,
  seriesId,
  lane,
  y,
  kind,
  date,
  time: Date.UTC(y4, m - 1, d),
  title: { en: `Meeting ${id}` },
  city: id === 'A' ? 'Mexico City' : null,
  virtual: id === 'A' ? false : null,
});

describe('toMeetingsTimelineRows', () => {
  it('puts meetings in date order on their series lane, staggering close neighbours above and below', () => {
    const timeline = toMeetingsTimelineRows(fixture());
    expect(timeline.lanes).toEqual([
      { seriesId: 'first', name: { en: 'Series first' } },
      { seriesId: 'second', name: { en: 'Series second' } },
    ]);
    expect(timeline.rows).toEqual([
      row('A', 'first', 0, 0, 'establishment', '2013-05-02', 2013, 5, 2),
      row('B', 'first', 0, 0.22, 'annual-ministerial', '2013-09-20', 2013, 9, 20),
      row('C', 'first', 0, 0, 'mid-year-review', '2014-06-30', 2014, 6, 30),
      row('D', 'second', 1, 1, 'annual-ministerial', '2021-09-09', 2021, 9, 9),
      row('E', 'second', 1, 1.22, 'work-plan', '2021-12-13', 2021, 12, 13),
      row('F', 'second', 1, 0.78, 'mid-year-review', '2022-04-18', 2022, 4, 18),
      row('H', 'second', 1, 1.22, 'follow-up', '2022-04-18', 2022, 4, 18),
    ]);
  });

  it('labels every second year when eleven would crowd the axis, from the first year to the year after the last', () => {
    const timeline = toMeetingsTimelineRows(fixture());
    expect(timeline.yearTicks).toEqual([2013, 2015, 2017, 2019, 2021, 2023].map((y) => Date.UTC(y, 0, 1)));
    expect(timeline.domain).toEqual([Date.UTC(2013, 0, 1), Date.UTC(2023, 0, 1)]);
  });

  it('is empty without meetings', () => {
    expect(toMeetingsTimelineRows({ ...fixture(), meetings: [] })).toEqual({
      lanes: [],
      rows: [],
      yearTicks: [],
      domain: null,
    });
  });
});

describe('toMeetingsTimelineRows on a frame', () => {
  it("keeps the frame's lanes and span, the very same objects, and marks only the meetings shown", () => {
    const whole = fixture();
    const frame = toTimelineFrame(whole);
    // Only the relaunch's annual ministerial and work plan are shown: the first series' lane and the 2013 start stay.
    const shown = { ...whole, meetings: whole.meetings.filter((m) => m.id === 'D' || m.id === 'E') };
    const timeline = toMeetingsTimelineRows(shown, frame);
    expect(timeline.lanes).toBe(frame.lanes);
    expect(timeline.yearTicks).toBe(frame.yearTicks);
    expect(timeline.domain).toBe(frame.domain);
    expect(timeline.lanes.map((lane) => lane.seriesId)).toEqual(['first', 'second']);
    expect(timeline.domain).toEqual([Date.UTC(2013, 0, 1), Date.UTC(2023, 0, 1)]);
    // Staggered among the meetings shown: E still follows D closely.
    expect(timeline.rows).toEqual([
      row('D', 'second', 1, 1, 'annual-ministerial', '2021-09-09', 2021, 9, 9),
      row('E', 'second', 1, 1.22, 'work-plan', '2021-12-13', 2021, 12, 13),
    ]);
  });

  it('is a frame with no markers when nothing is shown', () => {
    const frame = toTimelineFrame(fixture());
    const timeline = toMeetingsTimelineRows({ ...fixture(), meetings: [] }, frame);
    expect(timeline.rows).toEqual([]);
    expect(timeline.domain).toEqual([Date.UTC(2013, 0, 1), Date.UTC(2023, 0, 1)]);
    expect(selectMeetingsTimelineTakeaway(timeline)).toBeNull();
  });

  it('leaves out a shown meeting whose series has no lane in the frame', () => {
    const whole = fixture();
    const frame = toTimelineFrame({ ...whole, meetings: whole.meetings.filter((m) => m.series === 'first') });
    const timeline = toMeetingsTimelineRows(whole, frame);
    expect(timeline.lanes.map((lane) => lane.seriesId)).toEqual(['first']);
    expect(timeline.rows.map((r) => r.meetingId)).toEqual(['A', 'B', 'C']);
  });
});

describe('selectMeetingsTimelineTakeaway', () => {
  it('counts the meetings, gives the span and the most frequent kind (the first seen on a tie)', () => {
    expect(selectMeetingsTimelineTakeaway(toMeetingsTimelineRows(fixture()))).toEqual({
      meetings: 7,
      firstDate: '2013-05-02',
      lastDate: '2022-04-18',
      commonestKind: { kind: 'annual-ministerial', meetings: 2 },
    });
  });

  it('is null without meetings', () => {
    expect(selectMeetingsTimelineTakeaway(toMeetingsTimelineRows({ ...fixture(), meetings: [] }))).toBeNull();
  });
});
