import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { toCsv, UTF8_BOM } from '../../src/model/exports/to-csv';
import { toDatePrecision } from '../../src/model/exports/to-date-precision';
import { toInitiativeExportColumns, toInitiativeExportRows } from '../../src/model/exports/to-initiative-export-rows';
import {
  toParticipationExportColumns,
  toParticipationExportRows,
} from '../../src/model/exports/to-participation-export-rows';
import { loadFixture } from '../fixtures/load-fixture';

const columns = [
  { key: 'name', header: 'name' },
  { key: 'count', header: 'count' },
];

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

describe('toCsv', () => {
  it('starts with the UTF-8 byte order mark, so Excel reads accents, and keeps "Bárcena" intact', async () => {
    const text = toCsv([{ name: 'Alicia Bárcena', count: 1 }], columns);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const bytes = new Uint8Array(await new Blob([text]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Alicia Bárcena,1');
  });

  it('puts the header on line 1, right after the byte order mark, with nothing before it', () => {
    expect(toCsv([{ name: 'Semiconductors', count: 4 }], columns)).toBe(
      `${UTF8_BOM}name,count\r\nSemiconductors,4\r\n`,
    );
    expect(toCsv([], columns)).toBe(`${UTF8_BOM}name,count\r\n`);
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
    expect(text).toBe(
      `${UTF8_BOM}name,count\r\n"Mexico, U.S.",2\r\n"The ""North"" corridor",3\r\n"Line one\nline two",\r\n`,
    );
  });

  it('joins lists with "; " and defuses cells a spreadsheet would run as formulas (= + - @), but not negative numbers', () => {
    const text = toCsv(
      [
        { name: ['P1', 'P3'], count: 1 },
        { name: '=HYPERLINK("x")', count: -4 },
        { name: '+1', count: 0 },
        { name: '-2', count: 0 },
        { name: '@SUM(A1)', count: 0 },
        { name: ['=A1', 'B'], count: 0 },
      ],
      columns,
    );
    expect(text).toBe(
      `${UTF8_BOM}name,count\r\nP1; P3,1\r\n"'=HYPERLINK(""x"")",-4\r\n'+1,0\r\n'-2,0\r\n'@SUM(A1),0\r\n'=A1; B,0\r\n`,
    );
  });
});

describe('toDatePrecision', () => {
  it('reads the precision from the ISO form', () => {
    expect(['2016-02-25', '2014-04', '2016', null].map(toDatePrecision)).toEqual(['day', 'month', 'year', null]);
  });
});

describe('the filtered data as CSV', () => {
  it('in English: English headers, the date as ISO text with its precision, the status in words', () => {
    const dataset = mini();
    const text = toCsv(toInitiativeExportRows(dataset, dataset, 'en'), toInitiativeExportColumns('en'));
    expect(text).toBe(
      `${UTF8_BOM}id,name,pillars,sectors,meetings,date,date_precision,lead_organizations,status\r\n` +
        'I1,Supply Chain Working Group,Building Back Together,ICT,First meeting (2013-09-20),2013-09,month,Ministry of Foreign Affairs,\r\n',
    );
  });

  it('in Spanish: Spanish headers and values, the ids as they are', () => {
    const dataset = mini();
    const text = toCsv(toInitiativeExportRows(dataset, dataset, 'es'), toInitiativeExportColumns('es'));
    expect(text).toBe(
      `${UTF8_BOM}id,nombre,pilares,sectores,reuniones,fecha,precisión_fecha,organizaciones_responsables,estado\r\n` +
        'I1,Supply Chain Working Group,Reconstruir juntos,TIC,Primera reunión (2013-09-20),2013-09,mes,Secretaría de Relaciones Exteriores,\r\n',
    );
  });

  it('names a recorded status in the reader’s language', () => {
    const dataset = mini();
    const first = dataset.initiatives[0];
    if (first === undefined) throw new Error('no initiative');
    const withStatus: Dataset = {
      ...dataset,
      initiatives: [{ ...first, status: { value: 'in-progress', asOf: '2024-05', citations: [{ source: 'SRC1' }] } }],
    };
    expect(toInitiativeExportRows(withStatus, withStatus, 'en')[0]?.status).toBe('in progress');
    expect(toInitiativeExportRows(withStatus, withStatus, 'es')[0]?.status).toBe('en curso');
  });

  it('delegation members in Spanish: headers, role and date precision in Spanish, the country code as it is', () => {
    const dataset = mini();
    const text = toCsv(toParticipationExportRows(dataset, dataset, 'es'), toParticipationExportColumns('es'));
    expect(text).toBe(
      `${UTF8_BOM}reunión,fecha,precisión_fecha,persona,país,cargo,organización,función\r\n` +
        'Primera reunión,2013-09-20,día,Alicia Bárcena,MX,Secretaria de Relaciones Exteriores,Secretaría de Relaciones Exteriores,preside\r\n',
    );
  });
});
