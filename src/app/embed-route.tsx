import { useEffect, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Dataset } from '../data/dataset-schema';
import { I18nProvider } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import { EMBED_THEME_PARAM, isEmbedChartId, parseEmbedTheme, type EmbedChartId } from '../model/embed-charts';
import { parseFilters, serializeFilters } from '../model/filters';
import { selectFilterVocabulary } from '../model/select-filter-vocabulary';
import { EmbedNotFoundView, EmbedView } from '../features/embed/embed-view';
import { DatasetGate } from './dataset-gate';
import { FilterStateProvider } from './filter-state-provider';
import type { UrlState } from './use-url-state';

const ignore = () => undefined;

/**
 * `/embed/<chart>?…`: one chart for other sites to frame (docs/ARCHITECTURE.md, "Embeds"). It reads the same filter
 * parameters as the app (parseFilters over FILTER_DEFINITIONS), the language from `lang` (English by default: an
 * embed shows what its snippet says, not the visitor's stored choice) and the theme from `theme`. It only reads the
 * address: nothing on the page changes it, so it does not go through useUrlState, which rewrites it.
 */
export default function EmbedRoute() {
  const { '*': chart = '' } = useParams();
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const locale: Locale = lang === 'es' ? 'es' : 'en';
  const theme = parseEmbedTheme(params.get(EMBED_THEME_PARAM));
  // The page's language and theme belong to the document. (Not in public/theme-init.js, before paint: every page
  // load carries that script, and the first screen's budget has no room for it.)
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    if (theme !== null) document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <I18nProvider locale={locale}>
      <DatasetGate>
        {(dataset) =>
          isEmbedChartId(chart) ? (
            <EmbeddedChart chart={chart} dataset={dataset} params={params} locale={locale} />
          ) : (
            <EmbedNotFoundView chart={chart} query={params.toString()} />
          )
        }
      </DatasetGate>
    </I18nProvider>
  );
}

function EmbeddedChart({
  chart,
  dataset,
  params,
  locale,
}: {
  chart: EmbedChartId;
  dataset: Dataset;
  params: URLSearchParams;
  locale: Locale;
}) {
  const filters = useMemo(() => {
    const own = new URLSearchParams(params);
    own.delete(EMBED_THEME_PARAM);
    return parseFilters(own, selectFilterVocabulary(dataset)).filters;
  }, [params, dataset]);
  // The app's provider, over a URL state that nothing changes: the chart reads the filtered dataset and the pillar
  // colours from it, and its download menu the filters (a picture names them) and the dataset's edition.
  const urlState = useMemo<UrlState>(
    () => ({
      locale,
      setLocale: ignore,
      filters,
      setFilters: ignore,
      dropped: [],
      dismissDropped: ignore,
      viewParams: new Map(),
      setViewParams: ignore,
      identity: null,
    }),
    [locale, filters],
  );
  return (
    <FilterStateProvider dataset={dataset} urlState={urlState}>
      <EmbedView chart={chart} viewQuery={serializeFilters(filters, locale).toString()} />
    </FilterStateProvider>
  );
}
