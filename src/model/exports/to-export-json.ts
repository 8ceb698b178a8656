import type { ExportAbout } from './export-about';
import type { ExportRecord } from './export-value';

/**
 * A JSON export's text: `{ "about": {…}, "<table>": [rows…], … }` — `rows` for a chart's table, `initiatives` and
 * `participations` for the filtered data. Indented, so that it reads in a text editor.
 */
export function toExportJson(about: ExportAbout, tables: Readonly<Record<string, readonly ExportRecord[]>>): string {
  return `${JSON.stringify({ about, ...tables }, null, 2)}\n`;
}
