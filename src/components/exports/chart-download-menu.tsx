import { useContext, useMemo, useRef, type RefObject } from 'react';
import type { Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-charts';
import { selectCaptionSources } from '../../model/chart-rows/select-caption-sources';
import { toExportFileName } from '../../model/exports/to-export-file-name';
import { toFileNameScope } from '../../model/exports/to-file-name-scope';
import { toLocalDateStamp } from '../../model/exports/to-local-date-stamp';
import { downloadBlob } from './download-blob';
import { DownloadMenu, type DownloadMenuItem } from './download-menu';
import { renderSvgToPng } from './render-svg-to-png';
import { useExportAbout } from './use-export-about';
import type { DataTable } from './data-file-downloads';
import { FilterStateContext } from '../filter-state';
import { formatEditionLine } from '../../model/format-edition-line';
import { composeFigureSvg } from './compose-figure-svg';
import { toFilterSummary } from '../../model/exports/to-filter-summary';
import { EMBED_CHARTS, type EmbedChartId } from '../../model/embed-charts';
import { toEmbedQuery, toEmbedSnippet } from '../../model/exports/to-embed-snippet';
import { EMPTY_FILTERS, serializeFilters } from '../../model/filters';
import { toAppHref } from '../app-href';
import { EmbedDialog, type EmbedDialogHandle } from './embed-dialog';
import { formatPartialDate } from '../../i18n/format';
import type { ExportStage } from '../charts/use-export-stage';

// The data files' builders (CSV, README, zip, workbook, JSON) load when one is chosen.
const dataFiles = () => import('./data-file-downloads');

interface ChartDownloadMenuProps {
  /** The chart's `<figure>`: its drawing and table twin are read from the page when a download is asked for. */
  figure: RefObject<HTMLElement | null>;
  title: string;
  takeaway: string | null;
  sourceIds: readonly string[];
  sources: readonly Source[];
  /** The chart's id on the embed page (`/embed/<id>`): offers its embed code when given. */
  embedId?: EmbedChartId;
  /** Draws the chart at the downloads' width for a picture (and drops that drawing); without it the picture is the drawing on screen. */
  prepareExport?: ExportStage['prepare'];
  releaseExport?: ExportStage['release'];
}

/** A chart's downloads: PNG (2×) and SVG with title, takeaway and sources drawn in, and its table as CSV or JSON. */
export function ChartDownloadMenu({
  figure,
  title,
  takeaway,
  sourceIds,
  sources,
  embedId,
  prepareExport,
  releaseExport,
}: ChartDownloadMenuProps) {
  const { t, locale } = useI18n();
  const describe = useExportAbout();
  const state = useContext(FilterStateContext);
  const edition = formatEditionLine(state?.dataset.edition, locale);
  const embedDialog = useRef<EmbedDialogHandle>(null);
  const { shown, moreCount } = selectCaptionSources(sourceIds, sources);
  const sourceLine =
    shown.length === 0
      ? ''
      : [
          t('chart.sources.label'),
          shown.map((s) => `${s.publisher} (${t(`chart.reliability.${s.reliability}`)})`).join(', '),
          moreCount > 0 ? t('chart.sources.more', { count: moreCount }) : '',
        ]
          .filter((part) => part !== '')
          .join(' ');
  // The picture carries the data's edition with its sources, so a pasted chart says how current it is.
  const caption = [sourceLine, edition].filter((part) => part !== '').join(' · ');

  const composeImage = async () => {
    if (prepareExport === undefined) return composeFrom(figure.current?.querySelector('.chart-frame__chart') ?? null);
    try {
      return composeFrom(await prepareExport());
    } finally {
      releaseExport?.();
    }
  };
  const composeFrom = (container: Element | null) => {
    const image =
      figure.current === null
        ? null
        : composeFigureSvg(figure.current, container, {
            title,
            takeaway,
            caption,
            context: exportContext(),
            link: window.location.href,
          });
    if (image === null) throw new Error(t('exports.failed.noChart'));
    return image;
  };
  // Under the sources, a picture says which filters narrowed it and when it was made.
  const exportContext = () => {
    const chips = state === null ? [] : toFilterSummary(state.filters, { dataset: state.dataset, locale });
    return [
      chips.length === 0 ? t('chart.export.noFilters') : t('chart.export.filters', { filters: chips.join('; ') }),
      t('chart.export.downloaded', { date: formatPartialDate(toLocalDateStamp(new Date()), locale) }),
    ];
  };
  const embedSnippet = () => {
    if (embedId === undefined) return '';
    const theme = document.documentElement.dataset.theme;
    const query = toEmbedQuery(
      serializeFilters(state?.filters ?? EMPTY_FILTERS).toString(),
      locale,
      theme === 'light' || theme === 'dark' ? theme : null,
    );
    const src = `${window.location.origin}${toAppHref(`/embed/${embedId}`)}?${query}`;
    return toEmbedSnippet({ src, title: t('chart.embed.frameTitle', { title }), height: EMBED_CHARTS[embedId].height });
  };
  const tableElement = () => {
    const table = figure.current?.querySelector('table');
    if (!(table instanceof HTMLTableElement)) throw new Error(t('exports.failed.noTable'));
    return table;
  };
  // File names say what, for which filters, in which language and on which day (toExportFileName); the title, and so
  // the names, change with the language. The menu renders with its chart on every filter change.
  const today = toLocalDateStamp(new Date());
  const scopeFilters = state?.filters ?? EMPTY_FILTERS;
  const fileNames = useMemo(() => {
    const scope = toFileNameScope(scopeFilters);
    const name = (extension: string) => toExportFileName({ what: title, scope, locale, date: today, extension });
    return {
      png: name('png'),
      svg: name('svg'),
      csv: name('csv'),
      zip: name('zip'),
      xlsx: name('xlsx'),
      json: name('json'),
    };
  }, [title, scopeFilters, locale, today]);
  const file = (extension: keyof typeof fileNames) => fileNames[extension];
  // The table is read when a file is asked for, by the lazily loaded builders (readChartTable).
  const tableFile = async (): Promise<DataTable> =>
    (await dataFiles()).readDataTable(tableElement(), file('csv'), title);
  const aboutFile = async () =>
    (await dataFiles()).citeDataset(describe(title, sourceIds, sources), state?.dataset, locale, today);

  const items: DownloadMenuItem[] = [
    {
      key: 'png',
      label: t('exports.chart.png'),
      fileName: file('png'),
      run: async () => {
        const image = await composeImage();
        downloadBlob(await renderSvgToPng(image.markup, image.width, image.height), file('png'));
      },
    },
    {
      key: 'svg',
      label: t('exports.chart.svg'),
      fileName: file('svg'),
      run: async () => downloadBlob(new Blob([(await composeImage()).markup], { type: 'image/svg+xml' }), file('svg')),
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
      run: async () =>
        (await dataFiles()).downloadJson(file('json'), await aboutFile(), { rows: await tableFile() }, locale),
    },
    ...(embedId === undefined
      ? []
      : [
          {
            key: 'embed',
            label: t('chart.embed.menu'),
            fileName: '',
            opens: true as const,
            run: async () => embedDialog.current?.open(embedSnippet()),
          },
        ]),
  ];
  return (
    <>
      <DownloadMenu label={t('exports.chart.menu')} items={items} />
      {embedId !== undefined && <EmbedDialog ref={embedDialog} />}
    </>
  );
}
