import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from '../../src/model/exports/to-csv';
import type { ExportAbout, ExportAboutLabels } from '../../src/model/exports/export-about';

const columns = [
  { key: 'name', header: 'name' },
  { key: 'count', header: 'count' },
];

const about: ExportAbout = {
  title: 'Sectors and pillars',
  sources: ['White House, “Fact sheet” (2023-09-29). https://example.org/a', 'SRE, “Comunicado”. https://example.org/b'],
  filters: 'country=MX',
  link: 'https://hled.example/?country=MX',
  generated: '2024-01-02T03:04:05.000Z',
};
const labels: ExportAboutLabels = { title: 'Title:', sources: 'Sources:', filters: 'Filters:', link: 'Link:', generated: 'Generated:' };

describe('toCsv', () => {
  it('starts with the UTF-8 byte order mark, so Excel reads accents, and keeps "Bárcena" intact', async () => {
    const text = toCsv([{ name: 'Alicia Bárcena', count: 1 }], columns);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const bytes = new Uint8Array(await new Blob([text]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Alicia Bárcena,1');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF line ends', () => {
    const text = toCsv(
      [
        { name: 'Mexico, U.S.', count: 2 },
        { name: 'The "North" corridor', count: 3 },
        { name: 'Line one\nline two', count: null },
      ],
      columns,
    );
    expect(text).toBe(`${UTF8_BOM}name,count\r\n"Mexico, U.S.",2\r\n"The ""North"" corridor",3\r\n"Line one\nline two",\r\n`);
  });

  it('joins lists with "; " and defuses cells a spreadsheet would run as formulas', () => {
    const text = toCsv([{ name: ['P1', 'P3'], count: 1 }, { name: '=HYPERLINK("x")', count: -4 }], columns);
    expect(text).toBe(`${UTF8_BOM}name,count\r\nP1; P3,1\r\n"'=HYPERLINK(""x"")",-4\r\n`);
  });

  it('opens with a block citing title, sources, filters and link, then a blank row, then the table', () => {
    const lines = toCsv([{ name: 'Semiconductors', count: 4 }], columns, { about, labels }).slice(1).split('\r\n');
    expect(lines).toEqual([
      'Title:,Sectors and pillars',
      'Sources:,"White House, “Fact sheet” (2023-09-29). https://example.org/a"',
      ',"SRE, “Comunicado”. https://example.org/b"',
      'Filters:,country=MX',
      'Link:,https://hled.example/?country=MX',
      'Generated:,2024-01-02T03:04:05.000Z',
      '',
      'name,count',
      'Semiconductors,4',
      '',
    ]);
  });

  it('adds the dataset’s edition after the generated time, when the dataset has one', () => {
    const withEdition = { ...about, edition: 'Data edition 2026.12.1, status checked up to December 1, 2026.' };
    const lines = toCsv([], columns, { about: withEdition, labels: { ...labels, edition: 'Edition:' } }).slice(1).split('\r\n');
    expect(lines.slice(5, 8)).toEqual([
      'Generated:,2024-01-02T03:04:05.000Z',
      'Edition:,"Data edition 2026.12.1, status checked up to December 1, 2026."',
      '',
    ]);
  });
});
