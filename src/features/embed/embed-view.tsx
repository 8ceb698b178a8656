import { useI18n } from '../../i18n/pack-charts';
import { EMBED_CHART_IDS, EMBED_CHARTS, type EmbedChartId } from '../../model/embed-charts';
import { useFilterState } from '../../components/filter-state';
import { toAppHref } from '../../components/app-href';
import { EmbedChart } from './embed-chart';
import { toFilterSummary } from '../../model/exports/to-filter-summary';

interface EmbedViewProps {
  chart: EmbedChartId;
  /** The query string (filters and language) of the app view the embed links back to. */
  viewQuery: string;
}

/**
 * A chart on a page of its own, to be framed by other sites: no header, navigation or filter bar; the chart with
 * its title, takeaway, legend, table twin and sources, and a link to the same view in the full app.
 */
export function EmbedView({ chart, viewQuery }: EmbedViewProps) {
  const { t, locale } = useI18n();
  const { filters, filtered, dataset, pillarStyles } = useFilterState();
  const chips = toFilterSummary(filters, { dataset, locale });
  const titles = useEmbedChartTitles();
  const path = toAppHref(EMBED_CHARTS[chart].view);
  const href = `${path}${viewQuery === '' ? '' : `?${viewQuery}`}`;
  return (
    // Named: the page framing it has its own main landmark, and two unnamed ones could not be told apart.
    <main id="main" className="embed-page" aria-label={t('chart.embed.frameTitle', { title: titles[chart] })}>
      <EmbedChart chart={chart} filtered={filtered} dataset={dataset} pillarStyles={pillarStyles} />
      {/* A framed chart has no filter bar around it: it says what it is narrowed to. */}
      {chips.length > 0 && (
        <p className="embed-page__filters">{t('chart.export.filters', { filters: chips.join('; ') })}</p>
      )}
      <p className="embed-page__back">
        <a href={href} target="_blank" rel="noopener">
          {t('chart.embed.openFull')}
        </a>
      </p>
    </main>
  );
}

/** An embed address naming no chart: says so, lists the charts there are and links to the app. */
export function EmbedNotFoundView({ chart, query }: { chart: string; query: string }) {
  const { t } = useI18n();
  const titles = useEmbedChartTitles();
  const suffix = query === '' ? '' : `?${query}`;

  return (
    <main id="main" className="embed-page embed-page--missing">
      <h1>{t('chart.embed.unknownTitle')}</h1>
      <p>{t('chart.embed.unknownBody', { id: chart })}</p>
      <ul>
        {EMBED_CHART_IDS.map((id) => (
          <li key={id}>
            <a href={`${toAppHref(`/embed/${id}`)}${suffix}`}>{titles[id]}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href={`${toAppHref('/')}${suffix}`} target="_blank" rel="noopener">
          {t('chart.embed.home')}
        </a>
      </p>
    </main>
  );
}

/** Each embeddable chart's title, as its frame shows it. */
function useEmbedChartTitles(): Record<EmbedChartId, string> {
  const { t } = useI18n();
  return {
    'sectors-pillars': t('chart.sectorPillar.title'),
    'initiatives-by-year': t('chart.byPillar.title'),
    'meetings-timeline': t('chart.timeline.title'),
    delegations: t('chart.delegation.title'),
    indicator: t('chart.indicator.title'),
  };
}
