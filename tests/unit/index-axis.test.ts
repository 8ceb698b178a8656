import { describe, expect, it } from 'vitest';
import { indexAxis } from '../../src/model/chart-rows/index-axis';

describe('indexAxis', () => {
  it('ticks each index and leaves half a step at each end', () => {
    expect(indexAxis(3)).toEqual({ domain: [-0.5, 2.5], ticks: [0, 1, 2] });
  });

  it('is an empty axis around 0 for no rows', () => {
    expect(indexAxis(0)).toEqual({ domain: [-0.5, -0.5], ticks: [] });
  });
});
