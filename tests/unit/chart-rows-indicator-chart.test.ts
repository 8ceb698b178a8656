import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Indicator } from '../../src/data/dataset-schema';
import { translate } from '../../src/i18n/pack-charts';
import type { ChartWords } from '../../src/model/chart-rows/chart-words';
import { toIndicatorChart } from '../../src/model/chart-rows/to-indicator-chart';
import { loadFixture } from '../fixtures/load-fixture';

const en: ChartWords = { locale: 'en', t: (key, params) => translate('en', key, params) };

/** The mini dataset's one reading: total trade of more than $864 billion in 2022. */
function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const reading = (id: string, metric: string, year: number, value: number, unit = 'USD'): Indicator => ({
  id,
  metric,
  label: { en: metric === 'trade' ? 'Total trade' : 'Jobs' },
  value,
  unit,
  year,
  citations: [{ source: 'SRC1' }],
});

describe('toIndicatorChart', () => {
  it('says how the metric moved between its first and last readings, qualifiers kept', () => {
    const dataset = { ...mini(), indicators: [reading('trade-2012', 'trade', 2012, 500e9), ...mini().indicators] };
    const chart = toIndicatorChart(dataset, undefined, en);
    expect(chart?.bars).toEqual([
      {
        key: 'trade-2012',
        label: '2012',
        value: 500e9,
        valueLabel: '$500 billion',
        tooltip: { title: 'Total trade (2012)', lines: ['$500 billion'] },
      },
      {
        key: 'trade-2022',
        label: '2022',
        value: 864e9,
        valueLabel: '$864 billion',
        tooltip: { title: 'Total trade (2022)', lines: ['more than $864 billion'] },
      },
    ]);
    expect(chart?.framing.takeaway).toBe(
      '\u2068Total trade\u2069: $500 billion in 2012; more than $864 billion in 2022.',
    );
    expect(chart?.framing.chartLabel).toBe(
      'Bars of “Total trade” by year, 2012 to 2022. The table that follows has the same data.',
    );
    expect(chart?.tableCaption).toBe('Total trade, by year');
    expect(chart?.notes).toEqual([
      'Bar length: the value as the source gives it; qualifiers such as “more than” are in the table.',
    ]);
    expect(chart?.framing.sourceIds).toEqual(['SRC1']);
  });

  it('shows the metric asked for, a reading of a unit in words, and marks a second reading of a year', () => {
    const dataset = {
      ...mini(),
      indicators: [
        ...mini().indicators,
        reading('jobs-a', 'jobs', 2020, 1200, 'jobs'),
        reading('jobs-b', 'jobs', 2020, 1300, 'jobs'),
      ],
    };
    const chart = toIndicatorChart(dataset, 'jobs', en);
    expect(chart?.bars.map((b) => [b.label, b.valueLabel])).toEqual([
      ['2020 (1)', '1,200 jobs'],
      ['2020 (2)', '1,300 jobs'],
    ]);
    expect(chart?.framing.takeaway).toBe('\u2068Jobs\u2069: 1,200 jobs in 2020.');
    expect(chart?.notes[1]).toBe('“2012 (2)” marks a second reading of the same year from another source.');
  });

  it('is null without a reading to show', () => {
    expect(toIndicatorChart({ ...mini(), indicators: [] }, undefined, en)).toBeNull();
    expect(toIndicatorChart(mini(), 'unknown', en)).toBeNull();
  });
});
