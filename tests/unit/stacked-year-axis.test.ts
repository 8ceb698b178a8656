import { describe, expect, it } from 'vitest';
import {
  labelledColumns,
  MAX_FRAME_YEARS,
  stackTotal,
  toStackedYearAxis,
} from '../../src/model/chart-rows/stacked-year-axis';
import type { InitiativesByPillar } from '../../src/model/chart-rows/to-initiatives-by-pillar-rows';

const row = (year: number, byPillar: [string, number][], unassigned = 0) => ({
  year,
  initiatives: byPillar.reduce((sum, [, n]) => sum + n, unassigned),
  byPillar: new Map(byPillar),
  unassigned,
});

describe('stackTotal', () => {
  it('adds every segment of the stack, unassigned included', () => {
    expect(
      stackTotal(
        row(
          2021,
          [
            ['P1', 2],
            ['P2', 3],
          ],
          1,
        ),
      ),
    ).toBe(6);
    expect(stackTotal(row(2022, []))).toBe(0);
  });
});

describe('toStackedYearAxis', () => {
  it('keeps every year and the tallest stack of the whole dataset', () => {
    const whole: InitiativesByPillar = {
      pillarIds: ['P1', 'P2'],
      rows: [
        row(2021, [['P1', 1]]),
        row(2022, []),
        row(
          2023,
          [
            ['P1', 2],
            ['P2', 2],
          ],
          1,
        ),
      ],
      undated: 0,
    };
    expect(toStackedYearAxis(whole)).toEqual({ years: [2021, 2022, 2023], valueMax: 5 });
  });

  it('gives no axis for an empty dataset past the year limit', () => {
    expect(toStackedYearAxis({ pillarIds: [], rows: [], undated: 0 })).toEqual({ years: [], valueMax: 0 });
    const long = Array.from({ length: MAX_FRAME_YEARS + 1 }, (_, i) => row(1950 + i, [['P1', 1]]));
    expect(toStackedYearAxis({ pillarIds: ['P1'], rows: long, undated: 0 })).toBeNull();
  });
});

describe('labelledColumns', () => {
  it('labels every column where each has room, and every second (ending on the last) where not', () => {
    expect(labelledColumns(11, 1100)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(labelledColumns(11, 300)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(labelledColumns(10, 300)).toEqual([1, 3, 5, 7, 9]);
    expect(labelledColumns(11, 0)).toHaveLength(11);
  });
});
