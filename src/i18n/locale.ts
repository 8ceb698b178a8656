import type { AnyMessageKey, MessageKey } from './messages-en';
import { numberFormat } from './intl-cache';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export type Catalogue = Record<AnyMessageKey, string>;

/**
 * Loaded messages. Each language's core catalogue is fetched when first needed (`loadCatalogue`): main.tsx loads
 * the reader's language before the first render, so neither language carries the other's text, and
 * I18nProvider keeps the current language on screen until a newly chosen one has arrived. The packs of the
 * charts, briefing, sources and initiatives register themselves, in both languages, when their code loads
 * (src/i18n/pack-*.ts, src/i18n/pack.ts). `translate` throws on a message that is not there rather than show
 * a key.
 */
const catalogues: Partial<Record<Locale, Partial<Catalogue>>> = {};
const coreLoaded = new Set<Locale>();
const loading = new Map<Locale, Promise<void>>();

export function hasCatalogue(locale: Locale): boolean {
  return coreLoaded.has(locale);
}

/** Makes a core catalogue available synchronously (used by the loader below, and by tests). */
export function registerCatalogue(locale: Locale, core: Partial<Catalogue>): void {
  registerMessages(locale, core);
  coreLoaded.add(locale);
}

/** Adds a pack of messages to a loaded catalogue (src/i18n/pack-*.ts register the English packs). */
export function registerMessages(locale: Locale, messages: Partial<Catalogue>): void {
  catalogues[locale] = { ...catalogues[locale], ...messages };
}

/** Fetches a locale's catalogue once; later calls share the same promise. A failed load can be tried again. */
export function loadCatalogue(locale: Locale): Promise<void> {
  if (hasCatalogue(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    const core =
      locale === 'es'
        ? import('./messages-es').then((m) => m.coreMessagesEs)
        : import('./messages-en').then((m) => m.coreMessagesEn);
    pending = core.then(
      (messages) => registerCatalogue(locale, messages),
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

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

/**
 * Looks a key up and fills its {placeholders}; numbers are formatted for the locale. Typed for the core keys: a
 * pack's module exports this function typed for its keys too (src/i18n/pack.ts).
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const catalogue = catalogues[locale];
  if (!catalogue) throw new Error(`The ${locale} catalogue is used before it has loaded (call loadCatalogue first)`);
  const template = catalogue[key];
  if (template === undefined)
    throw new Error(`Message "${key}" is used before its pack has loaded (import src/i18n/pack-*.ts)`);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormat(INTL_TAG[locale]).format(value) : value;
  });
}
