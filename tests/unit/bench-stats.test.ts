import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '../../scripts/bench/lib/stats';

describe('bench statistics', () => {
  it('takes the nearest-rank percentile, always a measured value', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 5)).toBe(15);
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
  });

  it('puts p95 of 20 changes on the 19th slowest, and of 35 changes on the 34th', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 95)).toBe(19);
    const thirtyFive = Array.from({ length: 35 }, (_, i) => 35 - i);
    expect(percentile(thirtyFive, 95)).toBe(34);
  });

  it('takes the median of odd and even samples without caring about order', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses to summarise nothing rather than print a zero', () => {
    expect(() => median([])).toThrow();
    expect(() => percentile([], 95)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });

  it('summarises a sample', () => {
    expect(summarize([30, 10, 20])).toEqual({ n: 3, min: 10, median: 20, p95: 30, max: 30 });
  });
});
