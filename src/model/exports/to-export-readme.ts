import { translate } from '../../i18n/pack-data-files';
import { type Locale } from '../../i18n/locale';
import type { ExportAbout } from './export-about';
import type { ExportColumn } from './export-value';
import { UTF8_BOM } from './to-csv';

export interface ReadmeFile {
  name: string;
  columns: readonly ExportColumn[];
}

/** The name the README has in a download's zip, beside its CSV files. */
export const README_FILE_NAME = 'README.txt';

/**
 * The README that travels beside a download's CSV files: title, files, filters, dataset edition, link, time, how to
 * cite, every source in full, what each column holds (when the columns carry a description) and the file format.
 * Plain text, UTF-8 with a byte order mark and CRLF line ends, so that Notepad and TextEdit alike show its accents.
 */
export function toExportReadme(
  about: ExportAbout,
  files: readonly ReadmeFile[],
  locale: Locale,
  format: 'csv' | 'xlsx' = 'csv',
): string {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params);
  const heading = (text: string) => [text, '-'.repeat([...text].length)];
  const field = (label: Parameters<typeof translate>[1], value: string | undefined) =>
    value === undefined || value === '' ? [] : [`${t(label)}: ${value}`];
  const columnSections = files.flatMap((file) => {
    const described = file.columns.filter((c) => c.description !== undefined && c.description !== '');
    if (described.length === 0) return [];
    return [
      '',
      ...heading(t('dataFiles.readme.columns', { file: file.name })),
      ...described.map((c) => `- ${c.header}: ${c.description ?? ''}`),
    ];
  });
  const lines = [
    about.title,
    '='.repeat([...about.title].length),
    '',
    ...heading(t('dataFiles.readme.files')),
    ...files.map((file) => `- ${file.name}`),
    '',
    ...field('dataFiles.readme.filters', about.filters),
    ...field('dataFiles.readme.edition', about.edition),
    ...field('dataFiles.readme.link', about.link),
    ...field('dataFiles.readme.generated', about.generated),
    ...(about.citation === undefined ? [] : ['', ...heading(t('dataFiles.readme.citation')), about.citation]),
    '',
    ...heading(t('dataFiles.readme.sources')),
    ...(about.sources.length === 0 ? [t('dataFiles.readme.noSources')] : about.sources.map((s, i) => `${i + 1}. ${s}`)),
    ...columnSections,
    '',
    ...heading(t('dataFiles.readme.format')),
    t(format === 'csv' ? 'dataFiles.readme.formatText' : 'dataFiles.readme.formatXlsx'),
  ];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
