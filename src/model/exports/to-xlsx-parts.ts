import type { ExportColumn, ExportRecord, ExportValue } from './export-value';
import { stripXmlForbidden } from './strip-xml-forbidden';

export interface XlsxSheet {
  /** The tab's name; cut to Excel's 31 characters and cleared of the characters a tab name cannot hold. */
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly ExportRecord[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escape = (text: string) =>
  stripXmlForbidden(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "A", "B", … "Z", "AA": the column letters of a cell reference. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const cellText = (value: ExportValue) =>
  value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);

/**
 * One cell. Text is an inline string, never a formula, so "=…" needs no apostrophe here and a date such as
 * "2014-04" stays the text it is. Numbers are numbers. Style 1 is the header's bold.
 */
function cell(value: ExportValue, ref: string, header: boolean): string {
  const style = header ? ' s="1"' : '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  const text = cellText(value);
  if (text === '') return '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escape(text)}</t></is></c>`;
}

/** A width in characters that shows most values whole: the longest of header and cells, between 6 and 60. */
function width(column: ExportColumn, rows: readonly ExportRecord[]): number {
  const longest = Math.max(column.header.length, ...rows.map((row) => cellText(row[column.key] ?? null).length));
  return Math.min(60, Math.max(6, longest + 2));
}

function sheetXml(sheet: XlsxSheet): string {
  const header = `<row r="1">${sheet.columns.map((c, i) => cell(c.header, `${columnName(i)}1`, true)).join('')}</row>`;
  const body = sheet.rows.map(
    (row, r) =>
      `<row r="${r + 2}">${sheet.columns.map((c, i) => cell(row[c.key] ?? null, `${columnName(i)}${r + 2}`, false)).join('')}</row>`,
  );
  const cols = sheet.columns.map(
    (c, i) => `<col min="${i + 1}" max="${i + 1}" width="${width(c, sheet.rows)}" customWidth="1"/>`,
  );
  return (
    `${HEAD}<worksheet xmlns="${MAIN}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    (cols.length === 0 ? '' : `<cols>${cols.join('')}</cols>`) +
    `<sheetData>${[header, ...body].join('')}</sheetData></worksheet>`
  );
}

/** Text cut to `max` characters at the last word boundary that fits (a whole first word when none does). */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).lastIndexOf(' ');
  return (cut > 0 ? text.slice(0, cut) : text.slice(0, max)).trim();
}

/** Excel refuses a tab name over 31 characters, with [ ] : * ? / \, or repeated; this makes each one acceptable. */
function sheetNames(sheets: readonly XlsxSheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((sheet, index) => {
    const clean = stripXmlForbidden(sheet.name)
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    let name = shorten(clean, 31) || `Sheet ${index + 1}`;
    if (used.has(name.toLowerCase())) name = `${name.slice(0, 26).trimEnd()} (${index + 1})`;
    used.add(name.toLowerCase());
    return name;
  });
}

const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * The parts of an Office Open XML workbook (ECMA-376 SpreadsheetML), one sheet per table, as path → XML text; zipped
 * they are an .xlsx that Excel, LibreOffice and Google Sheets open. Only what a table needs: inline strings, numbers,
 * a bold frozen header row and column widths — see docs/decisions/006-xlsx.md for why it is written here.
 */
export function toXlsxParts(sheets: readonly XlsxSheet[]): Record<string, string> {
  const names = sheetNames(sheets);
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '</Types>',
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      names.map((name, i) => `<sheet name="${escape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="${PKG_REL}">` +
      sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      '</Relationships>',
    'xl/styles.xml': STYLES,
  };
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet);
  });
  return parts;
}
