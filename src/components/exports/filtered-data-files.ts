import type { Dataset } from '../../data/dataset-schema';
import type { Locale } from '../../i18n/locale';
import type { Filters } from '../../model/filters';
import type { ExportAbout, ExportAboutLabels } from '../../model/exports/export-about';
import { selectCitedSources } from '../../model/chart-rows/select-cited-sources';
import { toCsv } from '../../model/exports/to-csv';
import { toExportJson } from '../../model/exports/to-export-json';
import { INITIATIVE_EXPORT_COLUMNS, toInitiativeExportRows } from '../../model/exports/to-initiative-export-rows';
import {
  PARTICIPATION_EXPORT_COLUMNS,
  toParticipationExportRows,
} from '../../model/exports/to-participation-export-rows';
import { downloadBlob } from './download-blob';

/*
 * The files behind "Download data". Loaded when the reader picks one (filtered-data-menu.tsx), so that the
 * first screen does not carry the CSV, JSON and PowerPoint builders.
 */

export interface FilteredDataContext {
  filters: Filters;
  /** The dataset narrowed to the filters in force (applyFilters). */
  filtered: Dataset;
  dataset: Dataset;
  locale: Locale;
  /** Describes the export (title, sources, filters, link) at the moment it is made. */
  describe: (title: string, sourceIds: readonly string[]) => { about: ExportAbout; labels: ExportAboutLabels };
}

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
const citedBy = (ctx: FilteredDataContext, records: readonly { citations: readonly { source: string }[] }[]) =>
  selectCitedSources(records, ctx.dataset.sources);

export function downloadInitiativesCsv(ctx: FilteredDataContext, title: string, fileName: string): void {
  const about = ctx.describe(title, citedBy(ctx, ctx.filtered.initiatives));
  const rows = toInitiativeExportRows(ctx.filtered, ctx.dataset, ctx.locale);
  downloadBlob(csvBlob(toCsv(rows, INITIATIVE_EXPORT_COLUMNS, about)), fileName);
}

export function downloadParticipationsCsv(ctx: FilteredDataContext, title: string, fileName: string): void {
  const about = ctx.describe(title, citedBy(ctx, ctx.filtered.participations));
  const rows = toParticipationExportRows(ctx.filtered, ctx.dataset, ctx.locale);
  downloadBlob(csvBlob(toCsv(rows, PARTICIPATION_EXPORT_COLUMNS, about)), fileName);
}

export function downloadFilteredJson(ctx: FilteredDataContext, title: string, fileName: string): void {
  const { about } = ctx.describe(title, citedBy(ctx, [...ctx.filtered.initiatives, ...ctx.filtered.participations]));
  const json = toExportJson(about, {
    initiatives: toInitiativeExportRows(ctx.filtered, ctx.dataset, ctx.locale),
    participations: toParticipationExportRows(ctx.filtered, ctx.dataset, ctx.locale),
  });
  downloadBlob(new Blob([json], { type: 'application/json' }), fileName);
}

/** The briefing deck as PowerPoint (the same deck as /briefing's); its builder and writer are their own chunk. */
export async function downloadPptx(ctx: FilteredDataContext, generated: string): Promise<void> {
  const { exportBriefingDeck } = await import('./export-briefing-deck');
  await exportBriefingDeck({ filtered: ctx.filtered, dataset: ctx.dataset, filters: ctx.filters, locale: ctx.locale, generated });
}
