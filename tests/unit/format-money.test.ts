import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/i18n/format';

describe('formatMoney', () => {
  it('writes dollars with English scale words', () => {
    expect(formatMoney(864e9, 'en')).toBe('$864 billion');
    expect(formatMoney(863.4e9, 'en')).toBe('$863.4 billion');
    expect(formatMoney(1.6e9, 'en')).toBe('$1.6 billion');
    expect(formatMoney(500e6, 'en')).toBe('$500 million');
    expect(formatMoney(2.5e12, 'en')).toBe('$2.5 trillion');
    expect(formatMoney(35_000, 'en')).toBe('$35 thousand');
    expect(formatMoney(950, 'en')).toBe('$950');
  });

  it('writes Spanish long-scale words, not Intl’s "USD 864 mil M"', () => {
    expect(formatMoney(864e9, 'es')).toBe('$864 mil millones');
    expect(formatMoney(500e6, 'es')).toBe('$500 millones');
    expect(formatMoney(1e6, 'es')).toBe('$1 millón');
    expect(formatMoney(2.5e12, 'es')).toBe('$2.5 billones');
    expect(formatMoney(1e12, 'es')).toBe('$1 billón');
    expect(formatMoney(35_000, 'es')).toBe('$35 mil');
  });

  it('moves up a scale when rounding reaches it, and keeps the sign in front', () => {
    expect(formatMoney(999_990, 'en')).toBe('$1 million');
    expect(formatMoney(-1.25e9, 'en')).toBe('-$1.3 billion');
  });
});
