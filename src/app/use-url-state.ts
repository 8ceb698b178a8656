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
  type ViewParam,
  type ViewParams,
} from '../model/filters';
import { selectFilterVocabulary } from '../model/select-filter-vocabulary';
import { selectDatasetIdentity, type DatasetIdentity } from '../model/dataset-identity';

export interface UrlState {
  locale: Locale;
  setLocale: (next: Locale) => void;
  filters: Filters;
  setFilters: (next: Filters, history?: 'push' | 'replace') => void;
  dropped: readonly DroppedParam[];
  dismissDropped: () => void;
  /** View-owned parameters that are not filters (`sort`, `dir`, `slide`), as checked by `parseFilters`. */
  viewParams: ViewParams;
  /** Sets several view parameters in one navigation (null removes one); replaces the history entry. */
  setViewParams: (values: Partial<Record<ViewParam, string | null>>) => void;
  /** The opened file's id and version, which its links carry; null on the built-in data. */
  identity: DatasetIdentity | null;
}

const NO_VIEW_PARAMS: ViewParams = new Map();

/**
 * The only code that reads or writes the query string. The language comes from `?lang=`, then the remembered
 * choice, then the browser. Every parameter is parsed once the dataset (which defines the valid ids) has loaded;
 * ignored parameters are removed from the URL and kept in a notice until dismissed. `fromFile`: the dataset is a
 * file the reader opened, whose links carry its id and version.
 */
export function useUrlState(dataset: Dataset | undefined, fromFile = false): UrlState {
  const [params, setParams] = useSearchParams();
  const vocabulary = useMemo(() => (dataset ? selectFilterVocabulary(dataset) : null), [dataset]);
  const identity = useMemo(() => (dataset && fromFile ? selectDatasetIdentity(dataset) : null), [dataset, fromFile]);
  const parsed = useMemo(
    () => (vocabulary ? parseFilters(params, vocabulary, identity) : null),
    [params, vocabulary, identity],
  );
  const urlLang = params.get('lang');
  const explicitLang: Locale | null = parsed ? parsed.lang : isLocale(urlLang) ? urlLang : null;
  const locale: Locale = resolveLocale(explicitLang);
  const filters = parsed?.filters ?? EMPTY_FILTERS;
  const viewParams = parsed?.view ?? NO_VIEW_PARAMS;

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

  // Rewrite a link with ignored parameters (or without the opened file's id) to its clean form: one view, one URL.
  useEffect(() => {
    if (!parsed) return;
    const namesDataset =
      params.get('dataset') === (identity?.id ?? null) && params.get('v') === (identity?.version ?? null);
    if (parsed.dropped.length === 0 && namesDataset) return;
    setParams(serializeFilters(parsed.filters, parsed.lang, parsed.view, identity), { replace: true });
  }, [parsed, params, setParams, identity]);

  const setFilters = useCallback(
    (next: Filters, history: 'push' | 'replace' = 'push') =>
      setParams(serializeFilters(next, explicitLang, viewParams, identity), { replace: history === 'replace' }),
    [explicitLang, viewParams, identity, setParams],
  );

  const setLocale = useCallback(
    (next: Locale) => {
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, next);
      } catch {
        // Not remembered when storage is blocked; the URL still carries the choice.
      }
      if (parsed) {
        setParams(serializeFilters(parsed.filters, next, parsed.view, identity));
      } else {
        // Still loading: keep every parameter as it is, so no filter in the link is lost.
        const copy = new URLSearchParams(params);
        copy.set('lang', next);
        setParams(copy);
      }
    },
    [parsed, params, setParams, identity],
  );

  const dismissDropped = useCallback(() => setDropped([]), []);

  const setViewParams = useCallback(
    (values: Partial<Record<ViewParam, string | null>>) => {
      const next = new Map(viewParams);
      for (const name of OTHER_PARAMS) {
        const value = values[name];
        if (value === null) next.delete(name);
        else if (value !== undefined) next.set(name, value);
      }
      setParams(serializeFilters(filters, explicitLang, next, identity), { replace: true });
    },
    [filters, explicitLang, viewParams, identity, setParams],
  );

  return { locale, setLocale, filters, setFilters, dropped, dismissDropped, viewParams, setViewParams, identity };
}
