import { describe, expect, it } from 'vitest';
import { formatCompactMoney } from '../../src/model/chart-rows/format-compact-money';

describe('formatCompactMoney', () => {
  it('writes dollars with English scale words', () => {
    expect(formatCompactMoney(864e9, 'en')).toBe('$864 billion');
    expect(formatCompactMoney(863.4e9, 'en')).toBe('$863.4 billion');
    expect(formatCompactMoney(1.6e9, 'en')).toBe('$1.6 billion');
    expect(formatCompactMoney(500e6, 'en')).toBe('$500 million');
    expect(formatCompactMoney(2.5e12, 'en')).toBe('$2.5 trillion');
    expect(formatCompactMoney(35_000, 'en')).toBe('$35 thousand');
    expect(formatCompactMoney(950, 'en')).toBe('$950');
  });

  it('writes Spanish long-scale words, not Intl’s "USD 864 mil M"', () => {
    expect(formatCompactMoney(864e9, 'es')).toBe('$864 mil millones');
    expect(formatCompactMoney(500e6, 'es')).toBe('$500 millones');
    expect(formatCompactMoney(1e6, 'es')).toBe('$1 millón');
    expect(formatCompactMoney(2.5e12, 'es')).toBe('$2.5 billones');
    expect(formatCompactMoney(1e12, 'es')).toBe('$1 billón');
    expect(formatCompactMoney(35_000, 'es')).toBe('$35 mil');
  });

  it('moves up a scale when rounding reaches it, and keeps the sign in front', () => {
    expect(formatCompactMoney(999_990, 'en')).toBe('$1 million');
    expect(formatCompactMoney(-1.25e9, 'en')).toBe('-$1.3 billion');
  });
});
