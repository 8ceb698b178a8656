import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { toSourceLines } from '../../src/model/exports/export-about';
import { toHeaderKeyedRows } from '../../src/model/exports/to-header-keyed-rows';
import { toExportJson } from '../../src/model/exports/to-export-json';
import { toInitiativeExportColumns, toInitiativeExportRows } from '../../src/model/exports/to-initiative-export-rows';
import { toParticipationExportRows } from '../../src/model/exports/to-participation-export-rows';
import { loadFixture } from '../fixtures/load-fixture';

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const about = {
  title: 'Filtered data',
  sources: ['A source'],
  filters: 'country=MX',
  link: 'https://x.test/',
  generated: '2024-01-01T00:00:00.000Z',
};

describe('toExportJson', () => {
  it('writes { about, …tables } with the rows as given', () => {
    const parsed: unknown = JSON.parse(toExportJson(about, { rows: [{ year: 2023, pillars: ['P1'] }] }));
    expect(parsed).toEqual({ about, rows: [{ year: 2023, pillars: ['P1'] }] });
  });
});

describe('filtered data rows', () => {
  it('names each initiative’s pillars, meetings and leads in the reader’s language', () => {
    const dataset = mini();
    const [row] = toInitiativeExportRows(dataset, dataset, 'es');
    expect(row).toMatchObject({
      name: 'Supply Chain Working Group',
      pillars: ['Reconstruir juntos'],
      date: '2013-09',
      date_precision: 'mes',
    });
    expect(row?.meetings).toEqual(['Primera reunión (2013-09-20)']);
  });

  it('lists who sat in each delegation, with the meeting date and role', () => {
    const dataset = mini();
    expect(toParticipationExportRows(dataset, dataset, 'en')).toEqual([
      expect.objectContaining({
        meeting: 'First meeting',
        date: '2013-09-20',
        date_precision: 'day',
        person: 'Alicia Bárcena',
        role: 'chair',
      }),
    ]);
  });

  it('cites each source by publisher, title and address', () => {
    const dataset = mini();
    const [source] = dataset.sources;
    expect(toSourceLines(['nope', source?.id ?? ''], dataset.sources)).toEqual([
      expect.stringContaining(`${source?.publisher}, “${source?.title}”`),
    ]);
  });
});

describe('toHeaderKeyedRows', () => {
  it('keys a JSON record by the CSV’s headers in the reader’s language, lists kept as lists', () => {
    const dataset = mini();
    const [record] = toHeaderKeyedRows(toInitiativeExportRows(dataset, dataset, 'es'), toInitiativeExportColumns('es'));
    expect(record).toEqual({
      id: 'I1',
      nombre: 'Supply Chain Working Group',
      pilares: ['Reconstruir juntos'],
      sectores: ['TIC'],
      reuniones: ['Primera reunión (2013-09-20)'],
      fecha: '2013-09',
      precisión_fecha: 'mes',
      organizaciones_responsables: ['Secretaría de Relaciones Exteriores'],
      estado: null,
    });
  });

  it('keeps both columns when two share a header', () => {
    const columns = [
      { key: 'a', header: 'Pillar' },
      { key: 'b', header: 'Pillar' },
    ];
    expect(toHeaderKeyedRows([{ a: 1, b: 2 }], columns)).toEqual([{ Pillar: 1, 'Pillar (column 2)': 2 }]);
  });
});
