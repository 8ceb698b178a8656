import type { Dataset } from '../../data/dataset-schema';
import type { Locale } from '../../i18n/locale';
import type { Filters } from '../../model/filters';
import type { ExportAbout } from '../../model/exports/export-about';
import { selectCitedSources } from '../../model/chart-rows/select-cited-sources';
import { toInitiativeExportColumns, toInitiativeExportRows } from '../../model/exports/to-initiative-export-rows';
import {
  toParticipationExportColumns,
  toParticipationExportRows,
} from '../../model/exports/to-participation-export-rows';
import {
  citeDataset,
  downloadCsv,
  downloadCsvZip,
  downloadJson,
  downloadXlsx,
  type DataTable,
} from './data-file-downloads';

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
  /** The reader's local date (YYYY-MM-DD): in the file names and the citation's "retrieved". */
  today: string;
  /** Describes the export (title, sources, filters, link) at the moment it is made. */
  describe: (title: string, sourceIds: readonly string[]) => ExportAbout;
}

/** The names of the filtered data's files: each CSV (alone or in the .zip), the .zip, the workbook and the JSON. */
export interface FilteredDataFileNames {
  initiatives: string;
  participations: string;
  zip: string;
  xlsx: string;
  json: string;
}

const citedBy = (ctx: FilteredDataContext, records: readonly { citations: readonly { source: string }[] }[]) =>
  selectCitedSources(records, ctx.dataset.sources);

function initiativesTable(ctx: FilteredDataContext, fileName: string, sheetName: string): DataTable {
  return {
    fileName,
    sheetName,
    columns: toInitiativeExportColumns(ctx.locale),
    rows: toInitiativeExportRows(ctx.filtered, ctx.dataset, ctx.locale),
  };
}

function participationsTable(ctx: FilteredDataContext, fileName: string, sheetName: string): DataTable {
  return {
    fileName,
    sheetName,
    columns: toParticipationExportColumns(ctx.locale),
    rows: toParticipationExportRows(ctx.filtered, ctx.dataset, ctx.locale),
  };
}

/** Both tables, with the sources any of their rows cite. */
function bothTables(
  ctx: FilteredDataContext,
  title: string,
  names: FilteredDataFileNames,
  sheets: readonly [string, string],
) {
  const about = ctx.describe(title, citedBy(ctx, [...ctx.filtered.initiatives, ...ctx.filtered.participations]));
  return {
    about: citeDataset(about, ctx.dataset, ctx.locale, ctx.today),
    initiatives: initiativesTable(ctx, names.initiatives, sheets[0]),
    participations: participationsTable(ctx, names.participations, sheets[1]),
  };
}

export function downloadInitiativesCsv(ctx: FilteredDataContext, fileName: string): void {
  downloadCsv(initiativesTable(ctx, fileName, ''), ctx.locale);
}

export function downloadParticipationsCsv(ctx: FilteredDataContext, fileName: string): void {
  downloadCsv(participationsTable(ctx, fileName, ''), ctx.locale);
}

/** Sheet names are the tables' titles without the app's name: "HLED Explorer — initiatives" → "initiatives". */
const sheetName = (title: string) => title.replace(/^.*—\s*/, '');

export async function downloadFilteredZip(
  ctx: FilteredDataContext,
  title: string,
  names: FilteredDataFileNames,
): Promise<void> {
  const { about, initiatives, participations } = bothTables(ctx, title, names, ['', '']);
  await downloadCsvZip(names.zip, [initiatives, participations], about, ctx.locale);
}

export async function downloadFilteredXlsx(
  ctx: FilteredDataContext,
  titles: { title: string; initiatives: string; participations: string },
  names: FilteredDataFileNames,
): Promise<void> {
  const sheets = [sheetName(titles.initiatives), sheetName(titles.participations)] as const;
  const { about, initiatives, participations } = bothTables(ctx, titles.title, names, sheets);
  await downloadXlsx(names.xlsx, [initiatives, participations], about, ctx.locale);
}

export function downloadFilteredJson(ctx: FilteredDataContext, title: string, names: FilteredDataFileNames): void {
  const { about, initiatives, participations } = bothTables(ctx, title, names, ['', '']);
  downloadJson(names.json, about, { initiatives, participations }, ctx.locale);
}

/** The briefing deck as PowerPoint (the same deck as /briefing's); its builder and writer are their own chunk. */
export async function downloadPptx(ctx: FilteredDataContext): Promise<void> {
  const { exportBriefingDeck } = await import('./export-briefing-deck');
  await exportBriefingDeck({
    filtered: ctx.filtered,
    dataset: ctx.dataset,
    filters: ctx.filters,
    locale: ctx.locale,
    generated: ctx.today,
  });
}
