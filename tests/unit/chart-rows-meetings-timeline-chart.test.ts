import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Meeting } from '../../src/data/dataset-schema';
import type { Locale } from '../../src/i18n/locale';
import { translate } from '../../src/i18n/pack-charts';
import type { ChartWords } from '../../src/model/chart-rows/chart-words';
import {
  formatTimelineYear,
  meetingOfMarker,
  toMeetingsTimelineChart,
  toTimelineAxes,
} from '../../src/model/chart-rows/to-meetings-timeline-chart';
import { loadFixture } from '../fixtures/load-fixture';

const words = (locale: Locale): ChartWords => ({ locale, t: (key, params) => translate(locale, key, params) });
const en = words('en');

/** The mini dataset's annual ministerial M1 (Mexico City, 20 September 2013) and a virtual work plan meeting in 2014. */
function fixture(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  const base = result.dataset;
  const m1 = base.meetings[0];
  if (m1 === undefined) throw new Error('the fixture has no meeting');
  const m2: Meeting = {
    ...m1,
    id: 'M2',
    kind: 'work-plan',
    title: { en: 'Work plan call' },
    date: '2014-06-30',
    city: null,
    virtual: true,
  };
  return { ...base, meetings: [m1, m2] };
}

describe('toMeetingsTimelineChart', () => {
  it('marks each meeting on its series’ lane, shaped by kind, with its date and place in the tooltip', () => {
    const dataset = fixture();
    const chart = toMeetingsTimelineChart(dataset, toTimelineAxes(dataset, en), en);
    expect(chart.groups).toEqual([
      {
        key: 'annual-ministerial',
        name: 'Annual ministerial',
        symbol: 'circle',
        color: 'var(--kind-annual-ministerial)',
      },
      { key: 'work-plan', name: 'Work plan', symbol: 'square', color: 'var(--kind-work-plan)' },
    ]);
    expect(chart.markers).toEqual([
      {
        key: 'M1',
        x: Date.UTC(2013, 8, 20),
        y: 0,
        group: 'annual-ministerial',
        tooltip: { title: 'First meeting', lines: ['September 20, 2013 · Mexico City', 'Annual ministerial'] },
      },
      {
        key: 'M2',
        x: Date.UTC(2014, 5, 30),
        y: 0,
        group: 'work-plan',
        tooltip: { title: 'Work plan call', lines: ['June 30, 2014 · virtual', 'Work plan'] },
      },
    ]);
    expect(chart.framing.takeaway).toBe(
      '2 meetings between September 20, 2013 and June 30, 2014. Most frequent kind: Annual ministerial (1).',
    );
    expect(chart.framing.chartLabel).toBe(
      'Timeline of 2 meetings from September 20, 2013 to June 30, 2014, one row per series; marker shape shows the kind of meeting. The table that follows has the same data.',
    );
    expect(chart.framing.limitNote).toBeNull();
    expect(chart.framing.emptyMessage).toBeNull();
    expect(chart.framing.sourceIds).toEqual(['SRC1']);
  });

  it('keeps the whole dataset’s lanes and span as its axes, named in the reader’s language', () => {
    const whole = fixture();
    const axes = toTimelineAxes(whole, words('es'));
    expect(axes.laneLabels).toEqual(['Primera serie']);
    expect(axes.frame.domain).toEqual([Date.UTC(2013, 0, 1), Date.UTC(2015, 0, 1)]);
    const chart = toMeetingsTimelineChart({ ...whole, meetings: whole.meetings.slice(1) }, axes, en);
    expect(chart.timeline.domain).toBe(axes.frame.domain);
    expect(chart.markers.map((m) => m.key)).toEqual(['M2']);
  });

  it('counts the meetings per series and year past 240 markers, and such a marker selects no meeting', () => {
    const base = fixture();
    const m1 = base.meetings[0];
    if (m1 === undefined) throw new Error('the fixture has no meeting');
    const meetings = Array.from({ length: 241 }, (_, index) => ({
      ...m1,
      id: `X${index}`,
      date: `${2000 + (index % 3)}-01-01`,
    }));
    const dataset = { ...base, meetings };
    const chart = toMeetingsTimelineChart(dataset, toTimelineAxes(dataset, en), en);
    expect(chart.groups.map((g) => [g.key, g.symbol])).toEqual([
      ['annual-ministerial', 'circle'],
      ['several', 'cross'],
    ]);
    expect(chart.markers[0]).toEqual({
      key: 'several:0:2000',
      x: Date.UTC(2000, 6, 1),
      y: 0,
      group: 'annual-ministerial',
      tooltip: { title: 'First series · 2000', lines: ['81 meetings', 'Annual ministerial: 81'] },
    });
    expect(chart.markers).toHaveLength(3);
    expect(chart.framing.limitNote).toBe(
      'With 241 meetings, each marker is one series’ meetings in one year; a cross means meetings of several kinds. The table lists every meeting.',
    );
    expect(meetingOfMarker('several:0:2000')).toBeNull();
    expect(meetingOfMarker('M1')).toBe('M1');
  });

  it('says when no meeting is left, and labels the time axis by year', () => {
    const dataset = fixture();
    const chart = toMeetingsTimelineChart({ ...dataset, meetings: [] }, toTimelineAxes(dataset, en), en);
    expect(chart.framing.emptyMessage).toBe('No meetings match the current filters.');
    expect(chart.framing.takeaway).toBeNull();
    expect(formatTimelineYear(Date.UTC(2021, 0, 1))).toBe('2021');
  });
});
