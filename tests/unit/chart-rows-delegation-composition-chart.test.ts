import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Meeting, Participation } from '../../src/data/dataset-schema';
import { translate } from '../../src/i18n/pack-charts';
import type { ChartWords } from '../../src/model/chart-rows/chart-words';
import {
  toDelegationCompositionChart,
  toDelegationFrame,
} from '../../src/model/chart-rows/to-delegation-composition-chart';
import { loadFixture } from '../fixtures/load-fixture';

const citations = [{ source: 'SRC1' }];
const en: ChartWords = { locale: 'en', t: (key, params) => translate('en', key, params) };

const seat = (meeting: string, person: string, country = 'US', organization = 'us-commerce'): Participation => ({
  id: `${meeting}-${person}`,
  meeting,
  person,
  country,
  title: { en: 'Secretary' },
  organization,
  role: 'member',
  citations,
});

/** The mini dataset's meeting M1 (Mexico City, 20 September 2013): its one Mexican delegate (SRE) and two from DOC. */
function fixture(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  const base = result.dataset;
  return {
    ...base,
    organizations: [
      ...base.organizations,
      {
        id: 'us-commerce',
        name: { en: 'Department of Commerce' },
        abbreviation: 'DOC',
        country: 'US',
        kind: 'ministry',
        citations,
      },
    ],
    participations: [...base.participations, seat('M1', 'pat'), seat('M1', 'sam')],
  };
}

const meeting = (base: Dataset, id: string, date: string, city: string | null): Meeting => {
  const m1 = base.meetings[0];
  if (m1 === undefined) throw new Error('the fixture has no meeting');
  return { ...m1, id, title: { en: `Meeting ${id}` }, date, city, virtual: city === null };
};

/** The fixture plus `count` virtual meetings from January 2015 on, one U.S. delegate each. */
function withMeetings(count: number): Dataset {
  const base = fixture();
  const ids = Array.from({ length: count }, (_, index) => `V${String(index).padStart(2, '0')}`);
  return {
    ...base,
    meetings: [...base.meetings, ...ids.map((id, index) => meeting(base, id, `${2015 + index}-01-10`, null))],
    participations: [...base.participations, ...ids.map((id) => seat(id, 'pat'))],
  };
}

describe('toDelegationCompositionChart', () => {
  it('pairs the countries’ bars per meeting, with each delegation’s organisations in the tooltip', () => {
    const chart = toDelegationCompositionChart(fixture(), null, en);
    expect(chart.series).toEqual([
      {
        key: 'US',
        name: 'United States',
        color: 'var(--country-us)',
        legend: 'United States: upper bar of each pair.',
      },
      { key: 'MX', name: 'Mexico', color: 'var(--country-mx)', legend: 'Mexico: lower bar of each pair.' },
    ]);
    expect(chart.chartRows).toEqual([
      {
        key: 'M1',
        label: 'Sep 2013\nMexico City',
        values: new Map([
          ['US', 2],
          ['MX', 1],
        ]),
        tooltip: {
          title: 'First meeting, September 20, 2013',
          lines: ['United States: 2 people — DOC (2)', 'Mexico: 1 person — SRE (1)'],
        },
      },
    ]);
    expect(chart.axes).toEqual({ rows: chart.chartRows, valueMax: 2 });
    expect(chart.framing.takeaway).toBe(
      '\u2068United States\u2069 sent the largest delegation, 2 people, to “\u2068First meeting\u2069” (September 20, 2013).',
    );
    expect(chart.framing.chartLabel).toBe(
      'Paired bars of delegation size per country at 1 meeting. The table that follows has the same data.',
    );
    expect(chart.framing.limitNote).toBeNull();
    expect(chart.framing.emptyMessage).toBeNull();
    expect(chart.framing.sourceIds).toEqual(['SRC1']);
  });

  it('keeps the whole dataset’s meetings and largest delegation as its axes while the filters narrow the bars', () => {
    const whole = withMeetings(1);
    const axes = toDelegationFrame(whole, en);
    expect(axes).toEqual({
      rows: [
        { key: 'M1', label: 'Sep 2013\nMexico City' },
        { key: 'V00', label: 'Jan 2015\nvirtual' },
      ],
      valueMax: 2,
    });
    const chart = toDelegationCompositionChart(fixture(), axes, en);
    expect(chart.axes).toBe(axes);
  });

  it('draws the 24 most recent of more meetings, says so, and then lets the axes follow the bars', () => {
    const whole = withMeetings(24);
    expect(toDelegationFrame(whole, en)).toBeNull();
    const chart = toDelegationCompositionChart(whole, null, en);
    expect(chart.rows).toHaveLength(25);
    expect(chart.chartRows.map((row) => row.key)).toEqual(whole.meetings.slice(1).map((m) => m.id));
    expect(chart.axes.valueMax).toBe(1);
    expect(chart.framing.limitNote).toBe('Showing the 24 most recent of 25 meetings. The table lists them all.');
  });

  it('says when no delegation is recorded', () => {
    const chart = toDelegationCompositionChart({ ...fixture(), participations: [] }, null, en);
    expect(chart.framing.emptyMessage).toBe('No delegations are recorded for the current filters.');
    expect(chart.framing.takeaway).toBeNull();
  });
});
