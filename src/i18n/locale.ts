import { messagesEn, type MessageKey } from './messages-en';
import { messagesEs } from './messages-es';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en: messagesEn, es: messagesEs };

/** Intl locale tags: Mexican Spanish for dates and numbers ("29 de septiembre de 2023"). */
export const INTL_TAG: Record<Locale, string> = { en: 'en-US', es: 'es-MX' };

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'es';
}

/** Picks a supported locale from browser preferences, e.g. ["es-MX", "en"] → "es". */
export function pickLocale(preferences: readonly string[]): Locale {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export type MessageParams = Record<string, string | number>;

/** Looks a key up and fills its {placeholders}; numbers are formatted for the locale. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = CATALOGUES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(INTL_TAG[locale]).format(value) : value;
  });
}
