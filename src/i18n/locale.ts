import { coreMessagesEn, type MessageKey } from './messages-en';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export type Catalogue = Record<MessageKey, string>;

/**
 * Loaded catalogues. English ships in the first bundle (it is the default and the source of the keys); Spanish is
 * fetched when first needed (`loadCatalogue`), so English readers do not download it. main.tsx loads the reader's
 * language before the first render, and I18nProvider keeps the current language on screen until a newly chosen
 * one has arrived — `translate` never sees a locale whose catalogue is missing.
 */
const catalogues: Partial<Record<Locale, Partial<Catalogue>>> = { en: { ...coreMessagesEn } };
const loading = new Map<Locale, Promise<void>>();

export function hasCatalogue(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/** Makes a whole catalogue available synchronously (used by the loader below, and by tests). */
export function registerCatalogue(locale: Locale, catalogue: Catalogue): void {
  catalogues[locale] = catalogue;
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
    pending = import('./messages-es').then(
      (module) => registerCatalogue(locale, module.messagesEs),
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

/** Looks a key up and fills its {placeholders}; numbers are formatted for the locale. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const catalogue = catalogues[locale];
  if (!catalogue) throw new Error(`The ${locale} catalogue is used before it has loaded (call loadCatalogue first)`);
  const template = catalogue[key];
  if (template === undefined) throw new Error(`Message "${key}" is used before its pack has loaded (import src/i18n/pack-*.ts)`);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? new Intl.NumberFormat(INTL_TAG[locale]).format(value) : value;
  });
}
