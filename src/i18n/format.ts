import { INTL_TAG, type Locale } from './locale';

/**
 * Formats a dataset date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) at the precision it was given, in UTC so that a
 * date never shifts by a day with the reader's time zone.
 */
export function formatPartialDate(value: string, locale: Locale, month: 'long' | 'short' = 'long'): string {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return value;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m !== undefined) options.month = month;
  if (d !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(INTL_TAG[locale], options).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_TAG[locale]).format(value);
}
