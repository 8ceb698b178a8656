import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { isLocale, pickLocale, type Locale } from '../i18n/locale';

const LOCALE_STORAGE_KEY = 'hled.lang';

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The active language: `?lang=` in the URL wins (links are shareable in either language), then the reader's
 * remembered choice, then the browser's preference. Keeps <html lang> in step.
 */
export function useLocale(): [Locale, (next: Locale) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const fromUrl = searchParams.get('lang');
  const locale: Locale = isLocale(fromUrl) ? fromUrl : (storedLocale() ?? pickLocale(navigator.languages));

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback(
    (next: Locale) => {
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, next);
      } catch {
        // Not remembered when storage is blocked; the URL still carries the choice.
      }
      setSearchParams((params) => {
        params.set('lang', next);
        return params;
      });
    },
    [setSearchParams],
  );

  return [locale, setLocale];
}
