import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/data/dataset-schema';
import { selectIndicatorMetric } from '../../src/model/chart-rows/select-indicator-metric';
import { selectIndicatorTakeaway } from '../../src/model/chart-rows/select-indicator-takeaway';
import { toIndicatorRows } from '../../src/model/chart-rows/to-indicator-rows';

const indicator = (
  id: string,
  metric: string,
  year: number,
  value: number,
  qualifier?: Indicator['qualifier'],
): Indicator => ({
  id,
  metric,
  label: { en: `Label ${id}` },
  value,
  unit: 'USD',
  ...(qualifier === undefined ? {} : { qualifier }),
  year,
  citations: [{ source: 'SRC1' }],
});

/** "trade" has three readings over two years (two sources for 2012); "exports" three over three years. */
const indicators = [
  indicator('trade-2016', 'trade', 2016, 538e9, 'more-than'),
  indicator('trade-2012-b', 'trade', 2012, 500e9, 'more-than'),
  indicator('trade-2012-a', 'trade', 2012, 499e9, 'almost'),
  indicator('exports-2023', 'exports', 2023, 323.2e9),
  indicator('exports-2012', 'exports', 2012, 216e9),
  indicator('exports-2016', 'exports', 2016, 231e9),
  indicator('people-2020', 'people', 2020, 800),
];

describe('selectIndicatorMetric', () => {
  it('picks the metric with most readings, then the one spanning more years', () => {
    expect(selectIndicatorMetric(indicators)).toBe('exports');
  });

  it('breaks a full tie by metric id, and is null without indicators', () => {
    const tied = [indicator('b1', 'b', 2020, 1), indicator('a1', 'a', 2020, 1)];
    expect(selectIndicatorMetric(tied)).toBe('a');
    expect(selectIndicatorMetric([])).toBeNull();
  });
});

describe('toIndicatorRows', () => {
  it('gives one bar per reading by year then id, numbering readings that share a year', () => {
    expect(toIndicatorRows(indicators, 'trade')).toEqual([
      {
        indicatorId: 'trade-2012-a',
        year: 2012,
        category: '2012 (1)',
        value: 499e9,
        unit: 'USD',
        qualifier: 'almost',
        label: { en: 'Label trade-2012-a' },
        period: undefined,
      },
      {
        indicatorId: 'trade-2012-b',
        year: 2012,
        category: '2012 (2)',
        value: 500e9,
        unit: 'USD',
        qualifier: 'more-than',
        label: { en: 'Label trade-2012-b' },
        period: undefined,
      },
      {
        indicatorId: 'trade-2016',
        year: 2016,
        category: '2016',
        value: 538e9,
        unit: 'USD',
        qualifier: 'more-than',
        label: { en: 'Label trade-2016' },
        period: undefined,
      },
    ]);
  });
});

describe('selectIndicatorTakeaway', () => {
  it('gives the first and last readings', () => {
    const takeaway = selectIndicatorTakeaway(toIndicatorRows(indicators, 'exports'));
    expect(takeaway?.first.indicatorId).toBe('exports-2012');
    expect(takeaway?.last?.indicatorId).toBe('exports-2023');
  });

  it('has no last reading when all readings share a year, and is null without readings', () => {
    const sameYear = [indicator('x1', 'x', 2022, 1), indicator('x2', 'x', 2022, 2)];
    expect(selectIndicatorTakeaway(toIndicatorRows(sameYear, 'x'))?.last).toBeNull();
    expect(selectIndicatorTakeaway([])).toBeNull();
  });
});
