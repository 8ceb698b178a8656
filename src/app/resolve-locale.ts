import { isLocale, pickLocale, type Locale } from '../i18n/locale';

export const LOCALE_STORAGE_KEY = 'hled.lang';

/** The language the reader chose last time, if the browser lets us remember it. */
function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The interface language for a query string: `?lang=`, then the remembered choice, then the browser's languages.
 * (public/theme-init.js repeats this rule in plain JavaScript to decide, before first paint, whether the
 * pre-rendered English overview may be shown.)
 */
export function resolveLocale(urlLang: string | null): Locale {
  return (isLocale(urlLang) ? urlLang : null) ?? storedLocale() ?? pickLocale(navigator.languages);
}
