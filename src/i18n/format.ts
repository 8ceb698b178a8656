import { INTL_TAG, type Locale } from './locale';
import { dateTimeFormat, numberFormat } from './intl-cache';

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
  return dateTimeFormat(INTL_TAG[locale], options).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(INTL_TAG[locale]).format(value);
}

/**
 * Spanish uses the long scale: 10^9 is "mil millones" and 10^12 is "billón". Singular forms apply when the scaled
 * amount is exactly 1 ("$1 millón").
 */
const SCALES: readonly { size: number; en: string; es: string; esOne: string }[] = [
  { size: 1e12, en: 'trillion', es: 'billones', esOne: 'billón' },
  { size: 1e9, en: 'billion', es: 'mil millones', esOne: 'mil millones' },
  { size: 1e6, en: 'million', es: 'millones', esOne: 'millón' },
  { size: 1e3, en: 'thousand', es: 'mil', esOne: 'mil' },
];

/**
 * Dollars in briefing words: "$864 billion" in English, "$864 mil millones" in Spanish. The scale words are
 * written here because Intl's compact notation prints "USD 864 mil M" in es-MX.
 */
export function formatMoney(value: number, locale: Locale): string {
  const sign = value < 0 ? '-' : '';
  const amount = Math.abs(value);
  const digits = numberFormat(INTL_TAG[locale], { maximumFractionDigits: 1 });
  const round = (n: number) => Math.round(n * 10) / 10;
  // The largest scale the amount reaches, or the next one up when rounding would print 1,000 of it
  // (999,990 is "$1 million", not "$1,000 thousand").
  let index = SCALES.findIndex((s) => amount >= s.size);
  if (index === -1 && round(amount) >= 1000) index = SCALES.length - 1;
  const below = SCALES[index];
  if (index > 0 && below !== undefined && round(amount / below.size) >= 1000) index -= 1;
  const scale = SCALES[index];
  if (scale === undefined) return `${sign}$${digits.format(amount)}`;
  const scaled = round(amount / scale.size);
  const word = locale === 'en' ? scale.en : scaled === 1 ? scale.esOne : scale.es;
  return `${sign}$${digits.format(scaled)} ${word}`;
}

export type Qualifier = 'exactly' | 'about' | 'more-than' | 'at-least' | 'up-to' | 'almost';

const QUALIFIER_WORDS: Record<Qualifier, Record<Locale, string>> = {
  exactly: { en: '', es: '' },
  about: { en: 'about', es: 'alrededor de' },
  'more-than': { en: 'more than', es: 'más de' },
  'at-least': { en: 'at least', es: 'al menos' },
  'up-to': { en: 'up to', es: 'hasta' },
  almost: { en: 'almost', es: 'casi' },
};

/** A sourced quantity with its qualifier: "more than $500 billion", "casi 500,000 people". */
export function formatQuantity(value: number, unit: string, locale: Locale, qualifier?: Qualifier): string {
  const amount = unit === 'USD' ? formatMoney(value, locale) : `${formatNumber(value, locale)} ${unit}`;
  const words = qualifier ? QUALIFIER_WORDS[qualifier][locale] : '';
  return words === '' ? amount : `${words} ${amount}`;
}
