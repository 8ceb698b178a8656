/**
 * Shared Intl formatters. Creating an Intl.NumberFormat, DateTimeFormat or PluralRules costs far more than using
 * one (tens of microseconds to milliseconds each), and a page formats hundreds of numbers and dates — thousands at
 * 100× the data. Each distinct (language tag, options) pair is built once and reused.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(tag: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, `${tag}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(tag, options));
}

export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, `${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
}

export function pluralRulesFor(tag: string): Intl.PluralRules {
  return cached(pluralRules, tag, () => new Intl.PluralRules(tag));
}
