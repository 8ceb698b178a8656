import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, pluralRulesFor } from '../../src/i18n/intl-cache';
import { formatNumber, formatPartialDate } from '../../src/i18n/format';

describe('shared Intl formatters', () => {
  it('builds each (language, options) formatter once and reuses it', () => {
    expect(numberFormat('en-US')).toBe(numberFormat('en-US'));
    expect(numberFormat('en-US', { maximumFractionDigits: 1 })).toBe(
      numberFormat('en-US', { maximumFractionDigits: 1 }),
    );
    expect(numberFormat('en-US', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en-US'));
    expect(numberFormat('es-MX')).not.toBe(numberFormat('en-US'));
    const long = { timeZone: 'UTC', year: 'numeric', month: 'long' } as const;
    expect(dateTimeFormat('es-MX', long)).toBe(dateTimeFormat('es-MX', { ...long }));
    expect(pluralRulesFor('en-US')).toBe(pluralRulesFor('en-US'));
  });

  it('formats exactly as a fresh formatter would', () => {
    expect(formatNumber(1234567.5, 'en')).toBe(new Intl.NumberFormat('en-US').format(1234567.5));
    expect(formatNumber(1234567.5, 'es')).toBe(new Intl.NumberFormat('es-MX').format(1234567.5));
    expect(formatPartialDate('2023-09-29', 'es')).toBe('29 de septiembre de 2023');
    expect(formatPartialDate('2021-09', 'en')).toBe('September 2021');
  });
});
