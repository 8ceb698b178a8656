import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset-schema';
import { parseDataset } from '../../src/data/parse-dataset';
import { toInitiativeRows, type InitiativeRow } from '../../src/model/to-initiative-rows';
import {
  nextInitiativeSort,
  parseInitiativeSort,
  serializeInitiativeSort,
  sortInitiativeRows,
  type InitiativeSort,
} from '../../src/model/sort-initiative-rows';
import { loadFixture } from '../fixtures/load-fixture';

/**
 * The fixture's four initiatives: I1 (Sep 2013, completed), I2 (no date, first meeting Feb 2016, in progress),
 * I3 (8 Mar 2022, two pillars, no meeting), I4 (no date, no meeting, no pillar, no status).
 */
function parsed(value: unknown): Dataset {
  const result = parseDataset(value);
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

const fixture = () => parsed(loadFixture('initiatives-dataset.json'));

function rowFor(rows: readonly InitiativeRow[], id: string): InitiativeRow {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

const order = (dataset: Dataset, sort: InitiativeSort) =>
  sortInitiativeRows(toInitiativeRows(dataset, dataset, 'en'), sort, 'en').map((r) => r.id);

describe('toInitiativeRows', () => {
  it('shapes an initiative into display strings: abbreviations, the earliest meeting, a short date', () => {
    const dataset = fixture();
    const row = rowFor(toInitiativeRows(dataset, dataset, 'en'), 'I1');
    expect(row.name).toEqual({ text: 'Supply Chain Working Group', lang: 'en' });
    expect(row.pillars).toEqual([{ id: 'P1', label: { text: 'Building Back Together', lang: 'en' }, basis: 'stated' }]);
    expect(row.sectors.map((s) => s.label.text)).toEqual(['ICT', 'Semiconductors']);
    // Listed second, but it is the earlier meeting.
    expect(row.firstMeeting).toEqual({ id: 'M1', date: '2013-09-20', title: { text: 'First meeting', lang: 'en' } });
    expect(row.date).toEqual({ value: '2013-09', label: 'Sep 2013', fromMeeting: false });
    expect(row.leads).toEqual([{ id: 'mx-se', label: 'SE', name: { text: 'Ministry of Economy', lang: 'en' } }]);
    expect(row.status).toBe('completed');
  });

  it('falls back to the year of the first meeting, and says so, when an initiative has no date', () => {
    const dataset = fixture();
    const rows = toInitiativeRows(dataset, dataset, 'en');
    expect(rowFor(rows, 'I2').date).toEqual({ value: '2016', label: '2016', fromMeeting: true });
    expect(rowFor(rows, 'I4').date).toBeNull();
  });

  it('uses the full name of an organisation without an abbreviation', () => {
    const dataset = fixture();
    const leads = rowFor(toInitiativeRows(dataset, dataset, 'en'), 'I3').leads.map((l) => l.label);
    expect(leads).toEqual(['DOS', 'SE', 'Community colleges']);
  });

  it('gives empty values no sort key, so they can go last', () => {
    const dataset = fixture();
    expect(rowFor(toInitiativeRows(dataset, dataset, 'en'), 'I4').sortKeys).toEqual({
      name: 'OECD regulatory study',
      pillars: null,
      sectors: 'Border trade',
      meeting: null,
      date: null,
      leads: 'OECD',
      status: null,
    });
  });

  it('writes Spanish where the dataset has it and marks English fallbacks', () => {
    const dataset = fixture();
    const rows = toInitiativeRows(dataset, dataset, 'es');
    expect(rowFor(rows, 'I1').name).toEqual({ text: 'Grupo de Trabajo de Cadenas de Suministro', lang: 'es' });
    expect(rowFor(rows, 'I1').sectors.map((s) => s.label.text)).toEqual(['TIC', 'Semiconductores']);
    expect(rowFor(rows, 'I4').name).toEqual({ text: 'OECD regulatory study', lang: 'en' });
    expect(rowFor(rows, 'I2').pillars[0]?.label).toEqual({
      text: 'Securing the Tools for Future Prosperity',
      lang: 'en',
    });
  });

  it('lists only the filtered initiatives but looks names up in the whole dataset', () => {
    const dataset = fixture();
    const filtered: Dataset = {
      ...dataset,
      initiatives: dataset.initiatives.filter((n) => n.id === 'I1'),
      sectors: [],
      meetings: [],
      pillars: [],
      organizations: [],
    };
    const rows = toInitiativeRows(filtered, dataset, 'en');
    expect(rows.map((r) => r.id)).toEqual(['I1']);
    expect(rowFor(rows, 'I1').sectors.map((s) => s.label.text)).toEqual(['ICT', 'Semiconductors']);
    expect(rowFor(rows, 'I1').firstMeeting?.title.text).toBe('First meeting');
  });
});

describe('sortInitiativeRows', () => {
  it('puts the newest first by default, with undated initiatives last', () => {
    expect(order(fixture(), { column: 'date', direction: 'desc' })).toEqual(['I3', 'I2', 'I1', 'I4']);
  });

  it('keeps undated initiatives last in ascending order too', () => {
    expect(order(fixture(), { column: 'date', direction: 'asc' })).toEqual(['I1', 'I2', 'I3', 'I4']);
  });

  it('sorts names alphabetically either way', () => {
    expect(order(fixture(), { column: 'name', direction: 'asc' })).toEqual(['I3', 'I2', 'I4', 'I1']);
    expect(order(fixture(), { column: 'name', direction: 'desc' })).toEqual(['I1', 'I4', 'I2', 'I3']);
  });

  it('sorts by pillar names, initiatives without a pillar last', () => {
    expect(order(fixture(), { column: 'pillars', direction: 'asc' })).toEqual(['I1', 'I3', 'I2', 'I4']);
    expect(order(fixture(), { column: 'pillars', direction: 'desc' })).toEqual(['I2', 'I3', 'I1', 'I4']);
  });

  it('sorts status by its lifecycle, not alphabetically', () => {
    expect(order(fixture(), { column: 'status', direction: 'asc' })).toEqual(['I2', 'I1', 'I3', 'I4']);
    expect(order(fixture(), { column: 'status', direction: 'desc' })).toEqual(['I1', 'I2', 'I3', 'I4']);
  });

  it('sorts by the date of the first meeting', () => {
    expect(order(fixture(), { column: 'meeting', direction: 'desc' })).toEqual(['I2', 'I1', 'I3', 'I4']);
  });

  it('sorts by sectors and by lead organisations', () => {
    expect(order(fixture(), { column: 'sectors', direction: 'asc' })).toEqual(['I4', 'I2', 'I1', 'I3']);
    expect(order(fixture(), { column: 'leads', direction: 'asc' })).toEqual(['I2', 'I3', 'I4', 'I1']);
  });

  it('is stable: initiatives with the same date keep their order in both directions', () => {
    const dataset = fixture();
    const sameDate: Dataset = {
      ...dataset,
      initiatives: dataset.initiatives.map((n) => (n.id === 'I3' ? { ...n, date: '2013-09' } : n)),
    };
    expect(order(sameDate, { column: 'date', direction: 'desc' })).toEqual(['I2', 'I1', 'I3', 'I4']);
    expect(order(sameDate, { column: 'date', direction: 'asc' })).toEqual(['I1', 'I3', 'I2', 'I4']);
  });

  it('does not change the rows it is given', () => {
    const dataset = fixture();
    const rows = toInitiativeRows(dataset, dataset, 'en');
    sortInitiativeRows(rows, { column: 'name', direction: 'asc' }, 'en');
    expect(rows.map((r) => r.id)).toEqual(['I1', 'I2', 'I3', 'I4']);
  });

  it('puts the two shipped initiatives with neither a date nor a meeting at the end, newest first', () => {
    const shipped = parsed(JSON.parse(readFileSync('public/data/hled.json', 'utf8')));
    const ids = order(shipped, { column: 'date', direction: 'desc' });
    expect(ids).toHaveLength(shipped.initiatives.length);
    expect(ids.slice(0, 2)).toEqual(['I-ITSI', 'I-CANIETI']);
    expect(ids.slice(-2)).toEqual(['I13-03', 'I13-04']);
  });
});

describe('parseInitiativeSort', () => {
  it('defaults to date, newest first', () => {
    expect(parseInitiativeSort(undefined, undefined)).toEqual({ column: 'date', direction: 'desc' });
  });

  it('reads a column and direction from the URL', () => {
    expect(parseInitiativeSort('name', 'desc')).toEqual({ column: 'name', direction: 'desc' });
    expect(parseInitiativeSort(undefined, 'asc')).toEqual({ column: 'date', direction: 'asc' });
  });

  it('falls back to the default for an unknown column, whatever the direction', () => {
    expect(parseInitiativeSort('budget', 'asc')).toEqual({ column: 'date', direction: 'desc' });
    expect(parseInitiativeSort('', undefined)).toEqual({ column: 'date', direction: 'desc' });
  });

  it('starts a known column in its first direction when the direction is missing or unknown', () => {
    expect(parseInitiativeSort('status', 'sideways')).toEqual({ column: 'status', direction: 'asc' });
    expect(parseInitiativeSort('date', undefined)).toEqual({ column: 'date', direction: 'desc' });
  });
});

describe('choosing a sort', () => {
  it('flips the direction of the same column and starts another column in its first direction', () => {
    expect(nextInitiativeSort({ column: 'date', direction: 'desc' }, 'date')).toEqual({
      column: 'date',
      direction: 'asc',
    });
    expect(nextInitiativeSort({ column: 'date', direction: 'desc' }, 'name')).toEqual({
      column: 'name',
      direction: 'asc',
    });
    expect(nextInitiativeSort({ column: 'name', direction: 'asc' }, 'date')).toEqual({
      column: 'date',
      direction: 'desc',
    });
  });

  it('leaves the default out of the URL and round-trips the rest', () => {
    expect(serializeInitiativeSort({ column: 'date', direction: 'desc' })).toEqual({ sort: null, dir: null });
    expect(serializeInitiativeSort({ column: 'leads', direction: 'desc' })).toEqual({ sort: 'leads', dir: 'desc' });
    expect(parseInitiativeSort('leads', 'desc')).toEqual({ column: 'leads', direction: 'desc' });
  });
});
