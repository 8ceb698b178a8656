import { useEffect, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Dataset } from '../data/dataset-schema';
import { I18nProvider } from '../i18n/i18n-context';
import { isLocale, type Locale } from '../i18n/locale';
import { applyFilters } from '../model/apply-filters';
import { EMBED_THEME_PARAM, isEmbedChartId, parseEmbedTheme, type EmbedChartId } from '../model/embed-charts';
import { parseFilters, serializeFilters } from '../model/filters';
import { selectFilterVocabulary } from '../model/select-filter-vocabulary';
import { selectPillarColors } from '../model/select-pillar-colors';
import { DatasetLookupsContext, FilterStateContext, type FilterState } from '../components/filter-state';
import { EmbedNotFoundView, EmbedView } from '../features/embed/embed-view';
import { DatasetGate } from './dataset-gate';

const ignore = () => undefined;

/**
 * `/embed/<chart>?…`: one chart for other sites to frame (docs/ARCHITECTURE.md, "Embeds"). It reads the same filter
 * parameters as the app (parseFilters over FILTER_DEFINITIONS), the language from `lang` (English by default: an
 * embed shows what its snippet says, not the visitor's stored choice) and the theme from `theme`. It only reads the
 * address: nothing on the page changes it, so it does not go through useUrlState, which rewrites it.
 */
export default function EmbedRoute() {
  const { chart = '' } = useParams();
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const locale: Locale = lang !== null && isLocale(lang) ? lang : 'en';
  const theme = parseEmbedTheme(params.get(EMBED_THEME_PARAM));
  // The page's language and theme belong to the document (public/theme-init.js applies the theme before paint).
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

function EmbeddedChart({ chart, dataset, params, locale }: { chart: EmbedChartId; dataset: Dataset; params: URLSearchParams; locale: Locale }) {
  const filters = useMemo(() => {
    const own = new URLSearchParams(params);
    own.delete(EMBED_THEME_PARAM);
    return parseFilters(own, selectFilterVocabulary(dataset)).filters;
  }, [params, dataset]);
  const pillarStyles = useMemo(() => selectPillarColors(dataset), [dataset]);
  const filtered = useMemo(() => applyFilters(dataset, filters), [dataset, filters]);
  // The charts' download menus read the filters (a picture names them) and the dataset's edition from here.
  const state = useMemo<FilterState>(
    () => ({
      filters,
      actions: {
        togglePillar: ignore,
        addPillar: ignore,
        toggleSector: ignore,
        addSector: ignore,
        setCountry: ignore,
        setSeries: ignore,
        setMeeting: ignore,
        setYear: ignore,
        setQuery: ignore,
        removePart: ignore,
        show: ignore,
      },
      clearFilters: ignore,
      resultCountId: '',
      filtered,
      dataset,
      pillarStyles,
      dropped: [],
      dismissDropped: ignore,
      viewParams: new Map(),
      setViewParams: ignore,
      identity: null,
    }),
    [filters, filtered, dataset, pillarStyles],
  );
  const lookups = useMemo(() => ({ dataset, pillarStyles }), [dataset, pillarStyles]);
  return (
    <DatasetLookupsContext.Provider value={lookups}>
      <FilterStateContext.Provider value={state}>
        <EmbedView
          chart={chart}
          filtered={filtered}
          dataset={dataset}
          pillarStyles={pillarStyles}
          viewQuery={serializeFilters(filters, locale).toString()}
          filters={filters}
        />
      </FilterStateContext.Provider>
    </DatasetLookupsContext.Provider>
  );
}
