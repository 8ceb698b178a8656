import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Dataset } from '../data/dataset-schema';
import { isLocale, type Locale } from '../i18n/locale';
import { LOCALE_STORAGE_KEY, resolveLocale } from './resolve-locale';
import {
  EMPTY_FILTERS,
  OTHER_PARAMS,
  parseFilters,
  serializeFilters,
  type DroppedParam,
  type Filters,
} from '../model/filters';

export type ViewParam = (typeof OTHER_PARAMS)[number];
import { selectFilterVocabulary } from '../model/select-filter-vocabulary';

export interface UrlState {
  locale: Locale;
  setLocale: (next: Locale) => void;
  filters: Filters;
  setFilters: (next: Filters, history?: 'push' | 'replace') => void;
  dropped: readonly DroppedParam[];
  dismissDropped: () => void;
  /** View-owned parameters that are not filters (`sort`, `dir`, `slide`). */
  viewParams: ReadonlyMap<ViewParam, string>;
  /** Sets several view parameters in one navigation (null removes one); replaces the history entry. */
  setViewParams: (values: Partial<Record<ViewParam, string | null>>) => void;
}

/**
 * The only code that reads or writes the query string. The language comes from `?lang=`, then the remembered
 * choice, then the browser. Filters are parsed once the dataset (which defines the valid ids) has loaded; ignored
 * parameters are removed from the URL and kept in a notice until dismissed.
 */
export function useUrlState(dataset: Dataset | undefined): UrlState {
  const [params, setParams] = useSearchParams();
  const vocabulary = useMemo(() => (dataset ? selectFilterVocabulary(dataset) : null), [dataset]);
  const parsed = useMemo(() => (vocabulary ? parseFilters(params, vocabulary) : null), [params, vocabulary]);
  const urlLang = params.get('lang');
  const explicitLang: Locale | null = parsed ? parsed.lang : isLocale(urlLang) ? urlLang : null;
  const locale: Locale = resolveLocale(explicitLang);
  const filters = parsed?.filters ?? EMPTY_FILTERS;

  const [dropped, setDropped] = useState<readonly DroppedParam[]>([]);
  // Remember what a link dropped (adjusting state during render, not in an effect): the notice outlives the
  // URL clean-up below.
  // Starts empty: when the dataset is already loaded at the first render, that first parse must be seen too.
  const [seenParse, setSeenParse] = useState<typeof parsed>(null);
  if (parsed !== seenParse) {
    setSeenParse(parsed);
    if (parsed && parsed.dropped.length > 0) setDropped(parsed.dropped);
  }

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Rewrite a link with ignored parameters to its clean form: the same view has one URL.
  useEffect(() => {
    if (!parsed || parsed.dropped.length === 0) return;
    setParams(serializeFilters(parsed.filters, parsed.lang, params), { replace: true });
  }, [parsed, params, setParams]);

  const setFilters = useCallback(
    (next: Filters, history: 'push' | 'replace' = 'push') =>
      setParams(serializeFilters(next, explicitLang, params), { replace: history === 'replace' }),
    [explicitLang, params, setParams],
  );

  const setLocale = useCallback(
    (next: Locale) => {
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, next);
      } catch {
        // Not remembered when storage is blocked; the URL still carries the choice.
      }
      if (parsed) {
        setParams(serializeFilters(parsed.filters, next, params));
      } else {
        // Still loading: keep every parameter as it is, so no filter in the link is lost.
        const copy = new URLSearchParams(params);
        copy.set('lang', next);
        setParams(copy);
      }
    },
    [parsed, params, setParams],
  );

  const dismissDropped = useCallback(() => setDropped([]), []);

  const viewParams = useMemo(() => {
    const map = new Map<ViewParam, string>();
    for (const name of OTHER_PARAMS) {
      const value = params.get(name);
      if (value !== null) map.set(name, value);
    }
    return map;
  }, [params]);

  const setViewParams = useCallback(
    (values: Partial<Record<ViewParam, string | null>>) => {
      const keep = new URLSearchParams(params);
      for (const name of OTHER_PARAMS) {
        const value = values[name];
        if (value === null) keep.delete(name);
        else if (value !== undefined) keep.set(name, value);
      }
      setParams(serializeFilters(filters, explicitLang, keep), { replace: true });
    },
    [filters, explicitLang, params, setParams],
  );

  return { locale, setLocale, filters, setFilters, dropped, dismissDropped, viewParams, setViewParams };
}
