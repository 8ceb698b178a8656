import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Initiative } from '../../src/data/dataset-schema';
import { translate } from '../../src/i18n/pack-charts';
import type { ChartWords } from '../../src/model/chart-rows/chart-words';
import {
  toInitiativesByPillarChart,
  toInitiativesByPillarFrame,
  UNASSIGNED_SEGMENT,
} from '../../src/model/chart-rows/to-initiatives-by-pillar-chart';
import { loadFixture } from '../fixtures/load-fixture';

const citations = [{ source: 'SRC1' }];
const en: ChartWords = { locale: 'en', t: (key, params) => translate('en', key, params) };
const styles = new Map([
  ['P1', { color: 'var(--pillar-1)', slot: 1 }],
  ['P3', { color: 'var(--pillar-3)', slot: 3 }],
]);

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const initiative = (id: string, date: string | null, pillars: string[]): Initiative => ({
  id,
  series: 'first',
  name: { en: `Initiative ${id}` },
  summary: { en: 'Summary.' },
  pillars: pillars.map((p) => ({ pillar: p, basis: 'stated', citations })),
  sectors: [],
  meetings: [],
  date,
  leadOrganizations: [],
  figures: [],
  citations,
});

/** The mini dataset's pillars P1 and P3. 2013: A under P1. 2015: B under P1 and P3, C under none. D has no date. */
function fixture(): Dataset {
  return {
    ...mini(),
    initiatives: [
      initiative('A', '2013', ['P1']),
      initiative('B', '2015-03', ['P1', 'P3']),
      initiative('C', '2015', []),
      initiative('D', null, []),
    ],
  };
}

describe('toInitiativesByPillarChart', () => {
  it('stacks each year by pillar, then unassigned, with the segments named in the tooltip and in the legend', () => {
    const chart = toInitiativesByPillarChart(fixture(), null, styles, en);
    expect(chart.segments).toEqual([
      {
        key: 'P1',
        name: 'Building Back Together',
        color: 'var(--pillar-1)',
        legend: 'I · Building Back Together (2013–)',
      },
      {
        key: 'P3',
        name: 'Securing the Tools for Future Prosperity',
        color: 'var(--pillar-3)',
        legend: 'III · Securing the Tools for Future Prosperity (2013–)',
      },
      {
        key: UNASSIGNED_SEGMENT,
        name: 'Unassigned',
        color: 'var(--color-text-muted)',
        outlined: true,
        legend: 'Unassigned',
      },
    ]);
    expect(chart.rows.map((row) => [row.key, row.label, row.tooltip])).toEqual([
      ['2013', '2013', { title: '2013 · 1 initiative', lines: ['Building Back Together: 1'] }],
      ['2014', '2014', { title: '2014 · 0 initiatives', lines: [] }],
      [
        '2015',
        '2015',
        {
          title: '2015 · 2 initiatives',
          lines: ['Building Back Together: 1', 'Securing the Tools for Future Prosperity: 1', 'Unassigned: 1'],
        },
      ],
    ]);
    expect(chart.rows[2]?.values).toEqual(
      new Map([
        ['P1', 1],
        ['P3', 1],
        [UNASSIGNED_SEGMENT, 1],
      ]),
    );
    expect(chart.axes).toEqual({ columns: chart.rows, valueMax: 3 });
    expect(chart.framing.takeaway).toBe(
      '2015 had the most initiatives (2). \u2068Building Back Together\u2069 has the most overall (2).',
    );
    expect(chart.notes).toEqual([
      'Bar height: initiatives of the year; an initiative under two pillars counts in both.',
      'Unassigned: initiatives not linked to any pillar.',
      '1 initiative has no date and is not shown.',
    ]);
    expect(chart.framing.chartLabel).toBe(
      'Stacked bars of initiatives per year, 2013 to 2015, one segment per pillar. The table that follows has the same data.',
    );
    expect(chart.framing.emptyMessage).toBeNull();
    expect(chart.framing.sourceIds).toEqual(['SRC1']);
  });

  it('keeps the whole dataset’s years and tallest stack as its axes while the filters narrow the bars', () => {
    const axes = toInitiativesByPillarFrame(fixture());
    expect(axes).toEqual({
      columns: [
        { key: '2013', label: '2013' },
        { key: '2014', label: '2014' },
        { key: '2015', label: '2015' },
      ],
      valueMax: 3,
    });
    const chart = toInitiativesByPillarChart(
      { ...fixture(), initiatives: [initiative('A', '2013', ['P1'])] },
      axes,
      styles,
      en,
    );
    expect(chart.axes).toBe(axes);
    expect(chart.segments.map((s) => s.key)).toEqual(['P1']);
  });

  it('says when no initiative is left, with no takeaway', () => {
    const chart = toInitiativesByPillarChart({ ...fixture(), initiatives: [] }, null, styles, en);
    expect(chart.framing.emptyMessage).toBe('No initiatives match the current filters.');
    expect(chart.framing.takeaway).toBeNull();
  });
});
