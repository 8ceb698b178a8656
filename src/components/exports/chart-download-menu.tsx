import { useContext, useMemo, type RefObject } from 'react';
import type { Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { selectCaptionSources } from '../../model/chart-rows/select-caption-sources';
import { composeChartSvg } from '../../model/exports/compose-chart-svg';
import { toExportFileName } from '../../model/exports/to-export-file-name';
import { toFileNameScope } from '../../model/exports/to-file-name-scope';
import { toLocalDateStamp } from '../../model/exports/to-local-date-stamp';
import { EMPTY_FILTERS } from '../../model/filters';
import { cloneChartSvg } from './clone-chart-svg';
import { downloadBlob } from './download-blob';
import { DownloadMenu, type DownloadMenuItem } from './download-menu';
import { renderSvgToPng } from './render-svg-to-png';
import { useExportAbout } from './use-export-about';
import type { DataTable } from './data-file-downloads';
import { FilterStateContext } from '../filter-state';
import { formatEditionLine } from '../../model/format-edition-line';

// The data files' builders (CSV, README, zip, workbook, JSON) load when one is chosen.
const dataFiles = () => import('./data-file-downloads');

interface ChartDownloadMenuProps {
  /** The chart's `<figure>`: its drawing and table twin are read from the page when a download is asked for. */
  figure: RefObject<HTMLElement | null>;
  title: string;
  takeaway: string | null;
  sourceIds: readonly string[];
  sources: readonly Source[];
}

/** A chart's downloads: PNG (2×) and SVG with title, takeaway and sources drawn in, and its table as CSV or JSON. */
export function ChartDownloadMenu({ figure, title, takeaway, sourceIds, sources }: ChartDownloadMenuProps) {
  const { t, locale } = useI18n();
  const describe = useExportAbout();
  const edition = formatEditionLine(useContext(FilterStateContext)?.dataset.edition, locale);
  const { shown, moreCount } = selectCaptionSources(sourceIds, sources);
  const sourceLine =
    shown.length === 0
      ? ''
      : [
          t('chart.sources.label'),
          shown.map((s) => `${s.publisher} (${t(`chart.reliability.${s.reliability}`)})`).join(', '),
          moreCount > 0 ? t('chart.sources.more', { count: moreCount }) : '',
        ].filter((part) => part !== '').join(' ');
  // The picture carries the data's edition with its sources, so a pasted chart says how current it is.
  const caption = [sourceLine, edition].filter((part) => part !== '').join(' · ');

  const composeImage = () => {
    const container = figure.current?.querySelector('.chart-frame__chart');
    const chart = container ? cloneChartSvg(container) : null;
    if (figure.current === null || chart === null) throw new Error(t('exports.failed.noChart'));
    const style = window.getComputedStyle(figure.current);
    const page = window.getComputedStyle(document.body);
    const captionElement = figure.current.querySelector('.chart-frame__sources');
    const muted = captionElement === null ? style.color : window.getComputedStyle(captionElement).color;
    const transparent = (c: string) => c === '' || c === 'transparent' || c === 'rgba(0, 0, 0, 0)';
    return composeChartSvg({
      chartMarkup: chart.markup,
      chartWidth: chart.width,
      chartHeight: chart.height,
      title,
      takeaway,
      caption,
      link: window.location.href,
      colors: {
        background: transparent(style.backgroundColor) ? (transparent(page.backgroundColor) ? '#ffffff' : page.backgroundColor) : style.backgroundColor,
        text: style.color || '#1f2933',
        muted: muted || '#52606d',
      },
      fontFamily: style.fontFamily || 'sans-serif',
    });
  };
  const tableElement = () => {
    const table = figure.current?.querySelector('table');
    if (!(table instanceof HTMLTableElement)) throw new Error(t('exports.failed.noTable'));
    return table;
  };
  // File names say what, for which filters, in which language and on which day (toExportFileName); the title, and so
  // the names, change with the language. The menu renders with its chart on every filter change.
  const filterState = useContext(FilterStateContext);
  const today = toLocalDateStamp(new Date());
  const scopeFilters = filterState?.filters ?? EMPTY_FILTERS;
  const fileNames = useMemo(() => {
    const scope = toFileNameScope(scopeFilters);
    const name = (extension: string) => toExportFileName({ what: title, scope, locale, date: today, extension });
    return { png: name('png'), svg: name('svg'), csv: name('csv'), zip: name('zip'), xlsx: name('xlsx'), json: name('json') };
  }, [title, scopeFilters, locale, today]);
  const file = (extension: keyof typeof fileNames) => fileNames[extension];
  // The table is read when a file is asked for, by the lazily loaded builders (readChartTable).
  const tableFile = async (): Promise<DataTable> => (await dataFiles()).readDataTable(tableElement(), file('csv'), title);
  const aboutFile = async () => (await dataFiles()).citeDataset(describe(title, sourceIds, sources), filterState?.dataset, locale, today);

  const items: DownloadMenuItem[] = [
    {
      key: 'png',
      label: t('exports.chart.png'),
      fileName: file('png'),
      run: async () => {
        const image = composeImage();
        downloadBlob(await renderSvgToPng(image.markup, image.width, image.height), file('png'));
      },
    },
    {
      key: 'svg',
      label: t('exports.chart.svg'),
      fileName: file('svg'),
      run: async () => downloadBlob(new Blob([composeImage().markup], { type: 'image/svg+xml' }), file('svg')),
    },
    {
      key: 'csv',
      label: t('exports.chart.csv'),
      fileName: file('csv'),
      run: async () => (await dataFiles()).downloadCsv(await tableFile(), locale),
    },
    {
      key: 'zip',
      label: t('exports.chart.zip'),
      fileName: file('zip'),
      run: async () => (await dataFiles()).downloadCsvZip(file('zip'), [await tableFile()], await aboutFile(), locale),
    },
    {
      key: 'xlsx',
      label: t('exports.chart.xlsx'),
      fileName: file('xlsx'),
      run: async () => (await dataFiles()).downloadXlsx(file('xlsx'), [await tableFile()], await aboutFile(), locale),
    },
    {
      key: 'json',
      label: t('exports.chart.json'),
      fileName: file('json'),
      run: async () => (await dataFiles()).downloadJson(file('json'), await aboutFile(), { rows: await tableFile() }, locale),
    },
  ];
  return <DownloadMenu label={t('exports.chart.menu')} items={items} />;
}
