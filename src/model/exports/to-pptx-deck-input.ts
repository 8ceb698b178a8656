import '../../i18n/pack-initiatives';
import type { Dataset } from '../../data/dataset-schema';
import { translate, type Locale } from '../../i18n/locale';
import { selectCitedSources } from '../chart-rows/select-cited-sources';
import { serializeFilters, type Filters } from '../filters';
import { pickText } from '../pick-text';
import { formatEditionLine } from '../format-edition-line';
import { toSourceLines } from './export-about';
import { PPTX_FILE_NAME } from './pptx-file-name';
import { stripXmlForbidden } from './strip-xml-forbidden';

export { PPTX_FILE_NAME };

/**
 * Everything the PowerPoint export draws, already in words: plain, serialisable data, so the deck is built and
 * tested without the browser and pptxgenjs only lays it out.
 */
export interface PptxDeckInput {
  fileName: string;
  title: string;
  subtitle: string;
  /** Printed at the foot of every slide. */
  footnote: string;
  figures: { title: string; headers: readonly [string, string]; rows: readonly { label: string; value: number }[] };
  chart: { title: string; seriesName: string; labels: readonly string[]; values: readonly number[]; emptyText: string };
  initiatives: { title: string; headers: readonly string[]; rows: readonly (readonly string[])[]; emptyText: string };
  sources: { title: string; lines: readonly string[] };
  /** "{title} ({page} of {pages})": the title of a continued slide. */
  pageTitle: string;
}

/** The deck of the current view: key figures, initiatives per pillar, the initiatives and the sources behind them. */
export function toPptxDeckInput(filtered: Dataset, dataset: Dataset, filters: Filters, locale: Locale): PptxDeckInput {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params);
  const query = serializeFilters(filters).toString();
  const pillarNames = new Map(dataset.pillars.map((p) => [p.id, pickText(p.name, locale)]));
  const sourceIds = selectCitedSources(
    [...filtered.initiatives, ...filtered.meetings, ...filtered.participations],
    dataset.sources,
  );
  const title = pickText(dataset.dialogue.name, locale);
  return {
    fileName: PPTX_FILE_NAME,
    title,
    subtitle: t('exports.pptx.subtitle', { filters: query === '' ? t('exports.about.noFilters') : query }),
    footnote: [t('exports.pptx.footnote', { count: sourceIds.length }), formatEditionLine(dataset.edition, locale)]
      .filter((part) => part !== '')
      .join(' '),
    figures: {
      title: t('exports.pptx.figures.title'),
      headers: [t('exports.pptx.figures.measure'), t('exports.pptx.figures.count')],
      rows: [
        { label: t('exports.pptx.figures.initiatives'), value: filtered.initiatives.length },
        { label: t('exports.pptx.figures.meetings'), value: filtered.meetings.length },
        { label: t('exports.pptx.figures.people'), value: filtered.people.length },
        { label: t('exports.pptx.figures.organizations'), value: filtered.organizations.length },
        { label: t('exports.pptx.figures.sectors'), value: filtered.sectors.length },
        { label: t('exports.pptx.figures.pillars'), value: filtered.pillars.length },
      ],
    },
    chart: {
      title: t('exports.pptx.chart.title'),
      seriesName: t('exports.pptx.chart.series'),
      labels: filtered.pillars.map((p) => pickText(p.name, locale)),
      values: filtered.pillars.map((p) => filtered.initiatives.filter((n) => n.pillars.some((l) => l.pillar === p.id)).length),
      emptyText: t('exports.pptx.chart.empty'),
    },
    initiatives: {
      title: t('exports.pptx.initiatives.title'),
      headers: [
        t('exports.pptx.initiatives.name'),
        t('exports.pptx.initiatives.pillars'),
        t('exports.pptx.initiatives.date'),
        t('exports.pptx.initiatives.status'),
      ],
      rows: filtered.initiatives.map((n) => [
        pickText(n.name, locale),
        n.pillars.map((l) => pillarNames.get(l.pillar) ?? l.pillar).join(', '),
        n.date ?? '',
        n.status === undefined ? '' : t(`initiatives.status.${n.status.value}`),
      ]),
      emptyText: t('exports.pptx.initiatives.empty'),
    },
    sources: { title: t('exports.pptx.sources.title'), lines: toSourceLines(sourceIds, dataset.sources) },
    pageTitle: t('exports.pptx.page'),
  };
}

/**
 * The deck with every text stripped of what XML 1.0 forbids: pptxgenjs escapes markup but writes a NUL or U+0001
 * as it comes, and one such character leaves a slide's XML part (and so the file) unreadable.
 */
export function toXmlSafeDeckInput(deck: PptxDeckInput): PptxDeckInput {
  const x = stripXmlForbidden;
  return {
    fileName: x(deck.fileName),
    title: x(deck.title),
    subtitle: x(deck.subtitle),
    footnote: x(deck.footnote),
    figures: {
      title: x(deck.figures.title),
      headers: [x(deck.figures.headers[0]), x(deck.figures.headers[1])],
      rows: deck.figures.rows.map((row) => ({ label: x(row.label), value: row.value })),
    },
    chart: {
      title: x(deck.chart.title),
      seriesName: x(deck.chart.seriesName),
      labels: deck.chart.labels.map(x),
      values: deck.chart.values,
      emptyText: x(deck.chart.emptyText),
    },
    initiatives: {
      title: x(deck.initiatives.title),
      headers: deck.initiatives.headers.map(x),
      rows: deck.initiatives.rows.map((row) => row.map(x)),
      emptyText: x(deck.initiatives.emptyText),
    },
    sources: { title: x(deck.sources.title), lines: deck.sources.lines.map(x) },
    pageTitle: x(deck.pageTitle),
  };
}
