type MoneyLocale = 'en' | 'es';

const INTL_TAGS: Record<MoneyLocale, string> = { en: 'en-US', es: 'es-MX' };

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
export function formatCompactMoney(value: number, locale: MoneyLocale): string {
  const sign = value < 0 ? '-' : '';
  const amount = Math.abs(value);
  const digits = new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 1 });
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
