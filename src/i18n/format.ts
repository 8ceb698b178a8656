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

const SCALES: readonly { size: number; en: string; es: string }[] = [
  { size: 1e12, en: 'trillion', es: 'billones' },
  { size: 1e9, en: 'billion', es: 'mil millones' },
  { size: 1e6, en: 'million', es: 'millones' },
];

/**
 * Dollars in words a briefing uses: "$864 billion" / "$864 mil millones". Written out because Intl's compact
 * notation gives "USD 864 mil M" in es-MX.
 */
export function formatMoney(value: number, locale: Locale): string {
  const scale = SCALES.find((s) => Math.abs(value) >= s.size);
  const digits = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 1 });
  if (!scale) return `$${digits.format(value)}`;
  return `$${digits.format(value / scale.size)} ${scale[locale]}`;
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
