import { describe, expect, it } from 'vitest';
import { bubbleRadius, MIN_BUBBLE_RADIUS } from '../../src/model/chart-rows/bubble-radius';

describe('bubbleRadius', () => {
  it('draws none at the smallest radius and the largest size at the largest', () => {
    expect(bubbleRadius(0, 8, 16)).toBe(MIN_BUBBLE_RADIUS);
    expect(bubbleRadius(8, 8, 16)).toBe(16);
  });

  it('grows the area, not the radius, in step with the size', () => {
    const area = (size: number) => Math.PI * bubbleRadius(size, 8, 16) ** 2;
    const step = area(2) - area(0);
    expect(area(4) - area(0)).toBeCloseTo(2 * step, 9);
    expect(area(8) - area(0)).toBeCloseTo(4 * step, 9);
  });

  it('draws past-the-largest sizes as the largest, and a zero largest as the smallest', () => {
    expect(bubbleRadius(12, 8, 16)).toBe(16);
    expect(bubbleRadius(3, 0, 16)).toBe(MIN_BUBBLE_RADIUS);
  });
});
