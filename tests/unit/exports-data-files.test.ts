import { describe, expect, it } from 'vitest';
import type { ExportAbout } from '../../src/model/exports/export-about';
import { toCsv, UTF8_BOM } from '../../src/model/exports/to-csv';
import { toDatasetCitation } from '../../src/model/exports/to-dataset-citation';
import { toExportFileName } from '../../src/model/exports/to-export-file-name';
import { toExportReadme } from '../../src/model/exports/to-export-readme';
import { toFileNameScope } from '../../src/model/exports/to-file-name-scope';
import { toLocalDateStamp } from '../../src/model/exports/to-local-date-stamp';
import { toXlsxParts } from '../../src/model/exports/to-xlsx-parts';
import { withDatePrecisionColumns } from '../../src/model/exports/with-date-precision-columns';
import { EMPTY_FILTERS } from '../../src/model/filters';

const about: ExportAbout = {
  title: 'HLED Explorer — initiatives',
  sources: [
    'White House, “Fact sheet” (2023-09-29). https://example.org/a',
    'SRE, “Comunicado”. https://example.org/b',
  ],
  filters: 'country=MX',
  link: 'https://hled.example/?country=MX',
  generated: '2026-12-02T03:04:05.000Z',
  edition: 'Data edition 2026.12.1, status checked up to December 1, 2026.',
  citation:
    'U.S.–Mexico High-Level Economic Dialogue dataset, edition 2026.12.1, HLED Explorer, https://hled.example/?country=MX (retrieved 2026-12-02).',
};

describe('toDatasetCitation', () => {
  it('names the dataset, its edition, the app, the link and the day, in each language', () => {
    const input = {
      datasetName: 'Diálogo Económico',
      editionVersion: '2026.12.1',
      link: 'https://x.test/',
      retrieved: '2026-12-02',
    };
    expect(toDatasetCitation(input, 'en')).toBe(
      'Diálogo Económico dataset, edition 2026.12.1, HLED Explorer, https://x.test/ (retrieved 2026-12-02).',
    );
    expect(toDatasetCitation(input, 'es')).toBe(
      'Conjunto de datos «Diálogo Económico», edición 2026.12.1, HLED Explorer, https://x.test/ (consultado el 2026-12-02).',
    );
    expect(toDatasetCitation({ datasetName: 'D', link: 'https://x.test/', retrieved: '2026-12-02' }, 'en')).toBe(
      'D dataset, HLED Explorer, https://x.test/ (retrieved 2026-12-02).',
    );
  });
});

describe('toExportReadme', () => {
  const files = [
    {
      name: 'hled-initiatives-country-MX-en-2026-12-02.csv',
      columns: [
        { key: 'id', header: 'id', description: 'the id' },
        { key: 'date', header: 'date', description: 'when' },
      ],
    },
  ];

  it('in English: title, files, filters, edition, link, time, citation, every source, the columns and the format', () => {
    expect(toExportReadme(about, files, 'en')).toBe(
      UTF8_BOM +
        [
          'HLED Explorer — initiatives',
          '===========================',
          '',
          'Files',
          '-----',
          '- hled-initiatives-country-MX-en-2026-12-02.csv',
          '',
          'Filters: country=MX',
          'Dataset edition: Data edition 2026.12.1, status checked up to December 1, 2026.',
          'Link to this view: https://hled.example/?country=MX',
          'Generated: 2026-12-02T03:04:05.000Z',
          '',
          'How to cite',
          '-----------',
          'U.S.–Mexico High-Level Economic Dialogue dataset, edition 2026.12.1, HLED Explorer, https://hled.example/?country=MX (retrieved 2026-12-02).',
          '',
          'Sources',
          '-------',
          '1. White House, “Fact sheet” (2023-09-29). https://example.org/a',
          '2. SRE, “Comunicado”. https://example.org/b',
          '',
          'Columns of hled-initiatives-country-MX-en-2026-12-02.csv',
          '--------------------------------------------------------',
          '- id: the id',
          '- date: when',
          '',
          'Format',
          '------',
          'CSV (RFC 4180), UTF-8 with a byte order mark, comma-separated, header on the first line. Lists within a cell are separated by “; ”. A cell that would start with = + - or @ starts with an apostrophe, so that a spreadsheet does not run it as a formula. If LibreOffice asks for a character set, choose Unicode (UTF-8); the .xlsx download needs no such choice.',
          '',
        ].join('\r\n'),
    );
  });

  it('in Spanish, without edition or citation, with no sources and columns without descriptions', () => {
    const bare: ExportAbout = {
      title: 'Sectores',
      sources: [],
      filters: 'ninguno (todos los datos)',
      link: 'https://x.test/',
      generated: '2026-12-02T00:00:00.000Z',
    };
    expect(toExportReadme(bare, [{ name: 'a.csv', columns: [{ key: 'n', header: 'Sector' }] }], 'es')).toBe(
      UTF8_BOM +
        [
          'Sectores',
          '========',
          '',
          'Archivos',
          '--------',
          '- a.csv',
          '',
          'Filtros: ninguno (todos los datos)',
          'Enlace a esta vista: https://x.test/',
          'Generado: 2026-12-02T00:00:00.000Z',
          '',
          'Fuentes',
          '-------',
          'ninguna citada por estas filas',
          '',
          'Formato',
          '-------',
          'CSV (RFC 4180), UTF-8 con marca de orden de bytes, separado por comas, con los encabezados en la primera línea. Las listas dentro de una celda se separan con «; ». Una celda que empezaría con = + - o @ empieza con un apóstrofo, para que una hoja de cálculo no la ejecute como fórmula. Si LibreOffice pide un juego de caracteres, elija Unicode (UTF-8); la descarga .xlsx no necesita esa elección.',
          '',
        ].join('\r\n'),
    );
  });
});

describe('toExportFileName', () => {
  it('says what, scope, language and date: hled-initiatives-pillar-P1-es-2026-12-01.csv', () => {
    expect(
      toExportFileName({
        what: 'initiatives',
        scope: ['pillar-P1'],
        locale: 'es',
        date: '2026-12-01',
        extension: 'csv',
      }),
    ).toBe('hled-initiatives-pillar-P1-es-2026-12-01.csv');
  });

  it('makes a chart’s title a safe, lower-case slug, and leaves the scope out when there are no filters', () => {
    expect(
      toExportFileName({ what: 'Sectors and pillars', scope: [], locale: 'en', date: '2026-12-02', extension: 'png' }),
    ).toBe('hled-sectors-and-pillars-en-2026-12-02.png');
    expect(
      toExportFileName({
        what: 'Iniciativas por año y pilar',
        scope: [],
        locale: 'es',
        date: '2026-12-02',
        extension: 'svg',
      }),
    ).toBe('hled-iniciativas-por-ano-y-pilar-es-2026-12-02.svg');
  });

  it('shortens a long title at 50 characters and a long scope at a part boundary', () => {
    const scope = ['country-MX', 'pillar-P1-P2-P3', 'sector-semiconductors-ict', 'from-2020', 'to-2024', 'q-border'];
    expect(
      toExportFileName({
        what: 'Sectors and the pillars they fall under, by meeting and year',
        scope,
        locale: 'en',
        date: '2026-12-02',
        extension: 'zip',
      }),
    ).toBe(
      'hled-sectors-and-the-pillars-they-fall-under-by-meeting-country-MX-pillar-P1-P2-P3-sector-semiconductors-ict-en-2026-12-02.zip',
    );
  });
});

describe('toFileNameScope', () => {
  it('writes each filter as the URL does, values joined with "-", ids keeping their case', () => {
    expect(toFileNameScope(EMPTY_FILTERS)).toEqual([]);
    expect(
      toFileNameScope({
        ...EMPTY_FILTERS,
        country: 'MX',
        pillars: ['P1', 'P3'],
        sectors: ['semi.conductors'],
        from: 2020,
        q: 'Frontera Norte, ¿logística?',
      }),
    ).toEqual(['country-MX', 'pillar-P1-P3', 'sector-semi-conductors', 'from-2020', 'q-frontera-norte-logis']);
  });
});

describe('toLocalDateStamp', () => {
  it('is the calendar date where the reader is, padded', () => {
    expect(toLocalDateStamp(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(toLocalDateStamp(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('toXlsxParts', () => {
  const parts = toXlsxParts([
    {
      name: 'initiatives',
      columns: [
        { key: 'id', header: 'id' },
        { key: 'name', header: 'nombre' },
        { key: 'count', header: 'n' },
      ],
      rows: [
        { id: 'I1', name: ['A & B', '<C>'], count: 3 },
        { id: 'I2', name: '=SUM(A1)', count: null },
      ],
    },
    { name: 'About: [notes]?', columns: [{ key: 'text', header: 'Title' }], rows: [] },
  ]);

  it('holds the parts a workbook needs, one worksheet per table', () => {
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(parts['xl/workbook.xml']).toContain(
      '<sheets><sheet name="initiatives" sheetId="1" r:id="rId1"/><sheet name="About notes" sheetId="2" r:id="rId2"/></sheets>',
    );
  });

  it('shortens a long tab name to 31 characters at a word boundary, and keeps repeated names apart', () => {
    const table = { columns: [], rows: [] };
    const workbook = toXlsxParts([
      { name: 'Los sectores y los pilares a los que pertenecen', ...table },
      { name: 'Los sectores y los pilares a los que pertenecen', ...table },
    ])['xl/workbook.xml'];
    expect(workbook).toContain(
      '<sheet name="Los sectores y los pilares a" sheetId="1" r:id="rId1"/><sheet name="Los sectores y los pilares (2)" sheetId="2" r:id="rId2"/>',
    );
  });

  it('writes a bold header row, text as escaped inline strings (a formula stays text), numbers as numbers', () => {
    const sheet = parts['xl/worksheets/sheet1.xml'] ?? '';
    expect(sheet).toContain(
      '<sheetData><row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">id</t></is></c><c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">nombre</t></is></c><c r="C1" s="1" t="inlineStr"><is><t xml:space="preserve">n</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">I1</t></is></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">A &amp; B; &lt;C&gt;</t></is></c><c r="C2"><v>3</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">I2</t></is></c><c r="B3" t="inlineStr"><is><t xml:space="preserve">=SUM(A1)</t></is></c></row></sheetData>',
    );
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/><col min="3" max="3" width="6" customWidth="1"/></cols>',
    );
  });
});

describe('withDatePrecisionColumns', () => {
  it('adds a precision column after each column of ISO dates, in the reader’s language', () => {
    const columns = [
      { key: 'Fecha', header: 'Fecha', isoDates: true },
      { key: 'Reunión', header: 'Reunión' },
    ];
    const rows = [
      { Fecha: '2013-05-02', Reunión: 'Anuncio' },
      { Fecha: '2014-04', Reunión: 'Revisión' },
      { Fecha: '2016', Reunión: 'Tercera' },
    ];
    const table = withDatePrecisionColumns(columns, rows, 'es');
    expect(toCsv(table.rows, table.columns)).toBe(
      `${UTF8_BOM}Fecha,Fecha (precisión),Reunión\r\n2013-05-02,día,Anuncio\r\n2014-04,mes,Revisión\r\n2016,año,Tercera\r\n`,
    );
    expect(withDatePrecisionColumns(columns, rows, 'en').columns.map((c) => c.header)).toEqual([
      'Fecha',
      'Fecha (precision)',
      'Reunión',
    ]);
  });

  it('leaves a table without date columns as it is', () => {
    const columns = [{ key: 'n', header: 'n' }];
    expect(withDatePrecisionColumns(columns, [{ n: 1 }], 'en')).toEqual({ columns, rows: [{ n: 1 }] });
  });
});
