import { describe, expect, it } from 'vitest';
import { countAxis, niceCountTicks } from '../../src/model/chart-rows/nice-count-ticks';

describe('niceCountTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten, in at most four steps, ending at or past the largest', () => {
    expect(niceCountTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceCountTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceCountTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceCountTicks(13)).toEqual([0, 5, 10, 15]);
    expect(niceCountTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(niceCountTicks(21)).toEqual([0, 10, 20, 30]);
    expect(niceCountTicks(380)).toEqual([0, 100, 200, 300, 400]);
  });

  it('gives an axis to 1 when there is nothing to count', () => {
    expect(niceCountTicks(0)).toEqual([0, 1]);
  });
});

describe('countAxis', () => {
  it('ends at the last nice tick, from 0', () => {
    expect(countAxis(12)).toEqual({ ticks: [0, 5, 10, 15], end: 15, domain: [0, 15] });
    expect(countAxis(0)).toEqual({ ticks: [0, 1], end: 1, domain: [0, 1] });
  });
});
