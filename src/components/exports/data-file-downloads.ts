import type { Dataset } from '../../data/dataset-schema';
import { translate } from '../../i18n/pack-data-files';
import { type Locale } from '../../i18n/locale';
import { pickText } from '../../model/pick-text';
import type { ExportAbout } from '../../model/exports/export-about';
import type { ExportColumn, ExportRecord } from '../../model/exports/export-value';
import { toCsv } from '../../model/exports/to-csv';
import { toDatasetCitation } from '../../model/exports/to-dataset-citation';
import { toExportJson } from '../../model/exports/to-export-json';
import { toHeaderKeyedRows } from '../../model/exports/to-header-keyed-rows';
import { README_FILE_NAME, toExportReadme } from '../../model/exports/to-export-readme';
import { toXlsxParts } from '../../model/exports/to-xlsx-parts';
import { withDatePrecisionColumns } from '../../model/exports/with-date-precision-columns';
import { downloadBlob } from './download-blob';
import { readChartTable } from './read-chart-table';

/*
 * The data files every "Download" list offers — CSV alone, CSV with its README in a .zip, an .xlsx workbook — for a
 * chart's table and for the filtered data alike. Loaded when the reader picks a file; the zip writer (jszip, shared
 * with the PowerPoint export) loads only for a .zip or an .xlsx.
 */

export interface DataTable {
  /** The CSV's name inside a .zip, or the file itself when downloaded alone. */
  fileName: string;
  /** The workbook tab that holds it. */
  sheetName: string;
  columns: readonly ExportColumn[];
  rows: readonly ExportRecord[];
}

/** A chart's table twin, read from the page, as a data file named `fileName` (its sheet: `sheetName`). */
export function readDataTable(table: HTMLTableElement, fileName: string, sheetName: string): DataTable {
  return { fileName, sheetName, ...readChartTable(table) };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function zip(files: Record<string, string>, type: string): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const archive = new JSZip();
  for (const [path, text] of Object.entries(files)) archive.file(path, text);
  return archive.generateAsync({ type: 'blob', mimeType: type, compression: 'DEFLATE' });
}

/** The export's description with how to cite its dataset; as it was without a dataset (a chart shown on its own). */
export function citeDataset(
  about: ExportAbout,
  dataset: Dataset | undefined,
  locale: Locale,
  retrieved: string,
): ExportAbout {
  if (dataset === undefined) return about;
  const datasetName = pickText(dataset.dialogue.name, locale);
  const editionVersion = dataset.edition?.version;
  return {
    ...about,
    citation: toDatasetCitation({ datasetName, editionVersion, link: about.link, retrieved }, locale),
  };
}

/** The table as files write it: a precision column after each column of ISO dates. */
const prepared = (table: DataTable, locale: Locale): DataTable => ({
  ...table,
  ...withDatePrecisionColumns(table.columns, table.rows, locale),
});

export function downloadCsv(given: DataTable, locale: Locale): void {
  const table = prepared(given, locale);
  downloadBlob(new Blob([toCsv(table.rows, table.columns)], { type: 'text/csv;charset=utf-8' }), table.fileName);
}

/** The CSV files and a README.txt that says what they are, where they come from and how to cite them. */
export async function downloadCsvZip(
  fileName: string,
  given: readonly DataTable[],
  about: ExportAbout,
  locale: Locale,
): Promise<void> {
  const tables = given.map((table) => prepared(table, locale));
  const files: Record<string, string> = Object.fromEntries(
    tables.map((table) => [table.fileName, toCsv(table.rows, table.columns)]),
  );
  files[README_FILE_NAME] = toExportReadme(
    about,
    tables.map((t) => ({ name: t.fileName, columns: t.columns })),
    locale,
  );
  downloadBlob(await zip(files, 'application/zip'), fileName);
}

/** One sheet per table, then an "About" sheet holding the README's lines. */
export async function downloadXlsx(
  fileName: string,
  given: readonly DataTable[],
  about: ExportAbout,
  locale: Locale,
): Promise<void> {
  const tables = given.map((table) => prepared(table, locale));
  const readme = toExportReadme(
    about,
    tables.map((t) => ({ name: t.sheetName, columns: t.columns })),
    locale,
    'xlsx',
  );
  const [title = '', ...lines] = readme
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => !/^[=-]+$/.test(line));
  const aboutSheet = {
    name: translate(locale, 'dataFiles.sheet.about'),
    columns: [{ key: 'text', header: title }],
    rows: lines.map((text) => ({ text })),
  };
  const parts = toXlsxParts([
    ...tables.map((t) => ({ name: t.sheetName, columns: t.columns, rows: t.rows })),
    aboutSheet,
  ]);
  downloadBlob(await zip(parts, XLSX_TYPE), fileName);
}

/** `{ about, <name>: [records keyed by the CSV's headers] }`, indented. */
export function downloadJson(
  fileName: string,
  about: ExportAbout,
  tables: Readonly<Record<string, DataTable>>,
  locale: Locale,
): void {
  const records = Object.fromEntries(
    Object.entries(tables).map(([name, given]) => {
      const t = prepared(given, locale);
      return [name, toHeaderKeyedRows(t.rows, t.columns)];
    }),
  );
  downloadBlob(new Blob([toExportJson(about, records)], { type: 'application/json' }), fileName);
}
