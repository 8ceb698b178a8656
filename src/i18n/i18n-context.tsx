import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { hasCatalogue, loadCatalogue, translate, type Locale, type MessageParams } from './locale';
import type { AnyMessageKey, MessageKey } from './messages-en';
import type { LocalizedText } from '../data/dataset-schema';

/**
 * The interface language and its text. `t` takes the core catalogue's keys; a module that uses a pack's messages
 * takes `useI18n` (and `I18n`) from the pack's module instead (src/i18n/pack-*.ts), typed for its keys too.
 */
export interface I18n<K extends AnyMessageKey = MessageKey> {
  locale: Locale;
  t: (key: K, params?: MessageParams) => string;
  /** Dataset text in the active language; `lang` tells when it fell back to English. */
  text: (value: LocalizedText) => { value: string; lang: Locale };
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Provides the interface language. A language whose catalogue has not arrived yet is loaded first; until then the
 * interface stays in the language already shown, so text is never half-translated. (main.tsx loads the first
 * language before the first render.)
 */
export function I18nProvider({ locale: requested, children }: { locale: Locale; children: ReactNode }) {
  const [, setLoadedCount] = useState(0);
  const ready = hasCatalogue(requested);
  const [shown, setShown] = useState<Locale>(requested);
  if (ready && shown !== requested) setShown(requested);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadCatalogue(requested).then(
      () => live && setLoadedCount((n) => n + 1),
      (error: unknown) => console.error(`HLED Explorer: the ${requested} interface text could not be loaded`, error),
    );
    return () => {
      live = false;
    };
  }, [requested, ready]);
  const locale: Locale = ready ? requested : shown;
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      text: (v) => (locale === 'es' && v.es !== undefined ? { value: v.es, lang: 'es' } : { value: v.en, lang: 'en' }),
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
