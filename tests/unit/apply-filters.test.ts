import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/model/apply-filters';
import { selectFilterIndexes } from '../../src/model/filter-indexes';
import { selectLeadKind } from '../../src/model/select-lead-kind';
import { EMPTY_FILTERS, type Filters } from '../../src/model/filters';
import { normalizeSearchText, matchesQuery } from '../../src/model/normalize-search-text';
import type { Dataset } from '../../src/data/dataset-schema';
import { parseDataset } from '../../src/data/parse-dataset';
import { loadFixture } from '../fixtures/load-fixture';

function first<T>(list: readonly T[]): T {
  const item = list[0];
  if (item === undefined) throw new Error('fixture list is empty');
  return item;
}

/** The mini fixture grown to two meetings, two countries' delegates and three initiatives. */
function fixture(): Dataset {
  const data = loadFixture('mini-dataset.json') as unknown as Dataset;
  const cite = [{ source: 'SRC1' }];
  data.meetings.push({
    ...first(data.meetings),
    id: 'M2',
    sequence: 2,
    date: '2022-09-12',
    title: { en: 'Second meeting' },
  });
  data.organizations.push({
    id: 'us-doc',
    name: { en: 'Department of Commerce' },
    country: 'US',
    kind: 'ministry',
    citations: cite,
  });
  data.people.push({ id: 'gina-raimondo', name: 'Gina Raimondo', country: 'US', citations: cite });
  data.participations.push({
    id: 'M2-gina-raimondo',
    meeting: 'M2',
    person: 'gina-raimondo',
    country: 'US',
    title: { en: 'Secretary of Commerce' },
    organization: 'us-doc',
    role: 'chair',
    citations: cite,
  });
  data.sectors.push({
    id: 'semis',
    name: { en: 'Semiconductors', es: 'Semiconductores' },
    description: { en: 'Chips.' },
    pillarLinks: [{ pillar: 'P1', basis: 'stated', citations: cite }],
    citations: cite,
  });
  data.initiatives.push(
    {
      ...first(data.initiatives),
      id: 'I2',
      name: { en: 'Cybersecurity cooperation' },
      pillars: [{ pillar: 'P3', basis: 'stated', citations: cite }],
      sectors: ['ict'],
      meetings: [{ meeting: 'M2', relation: 'announced' }],
      date: null,
      leadOrganizations: [],
    },
    {
      ...first(data.initiatives),
      id: 'I3',
      name: { en: 'Semiconductor action plan' },
      pillars: [{ pillar: 'P1', basis: 'stated', citations: cite }],
      sectors: ['semis'],
      meetings: [{ meeting: 'M2', relation: 'reviewed' }],
      date: '2023-09-29',
      leadOrganizations: ['us-doc'],
    },
  );
  const checked = parseDataset(data);
  if (!checked.ok) throw new Error(`test fixture is invalid: ${JSON.stringify(checked.problems)}`);
  return checked.dataset;
}

/** The fixture with a jointly led initiative (I4) and one led by an international body of no country (I5). */
function countryFixture(): Dataset {
  const data = fixture();
  const cite = [{ source: 'SRC1' }];
  data.organizations.push({ id: 'oecd', name: { en: 'OECD' }, country: null, kind: 'international', citations: cite });
  const base = first(data.initiatives);
  data.initiatives.push(
    { ...base, id: 'I4', name: { en: 'Joint plan' }, leadOrganizations: ['mx-sre', 'us-doc'] },
    { ...base, id: 'I5', name: { en: 'OECD review' }, leadOrganizations: ['oecd'] },
  );
  const checked = parseDataset(data);
  if (!checked.ok) throw new Error(`test fixture is invalid: ${JSON.stringify(checked.problems)}`);
  return checked.dataset;
}

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
const run = (filters: Partial<Filters>) => applyFilters(fixture(), { ...EMPTY_FILTERS, ...filters });

describe('applyFilters', () => {
  it('returns everything when no filter is set', () => {
    const all = run({});
    expect(ids(all.initiatives)).toEqual(['I1', 'I2', 'I3']);
    expect(ids(all.meetings)).toEqual(['M1', 'M2']);
    expect(ids(all.people)).toEqual(['alicia-barcena', 'gina-raimondo']);
  });

  // Issue 17 changed what a country keeps: meetings are those where its delegation is recorded (they were all
  // meetings), and initiatives with no recorded lead belong to both sides (they were dropped).
  it('filtering by Mexico shows only Mexican delegates and organisations', () => {
    const mx = run({ country: 'MX' });
    expect(ids(mx.participations)).toEqual(['M1-alicia-barcena']);
    expect(ids(mx.people)).toEqual(['alicia-barcena']);
    expect(ids(mx.organizations)).toEqual(['mx-sre']);
  });

  it('a country keeps the meetings where its delegation is recorded', () => {
    expect(ids(run({ country: 'MX' }).meetings)).toEqual(['M1']);
    expect(ids(run({ country: 'US' }).meetings)).toEqual(['M2']);
  });

  it('a country keeps the initiatives it leads, joint ones and those with no country lead recorded', () => {
    const data = countryFixture();
    const of = (country: string) => ids(applyFilters(data, { ...EMPTY_FILTERS, country }).initiatives);
    // I1 Mexican-led, I2 no lead, I3 US-led, I4 joint, I5 led by a body of no country.
    expect(of('MX')).toEqual(['I1', 'I2', 'I4', 'I5']);
    expect(of('US')).toEqual(['I2', 'I3', 'I4', 'I5']);
  });

  it('marks how a kept initiative belongs to the country: its own, joint, or lead not recorded', () => {
    const data = countryFixture();
    const indexes = selectFilterIndexes(data);
    const kind = (id: string, country: string) => selectLeadKind(id, country, indexes);
    expect(kind('I1', 'MX')).toBe('own');
    expect(kind('I1', 'US')).toBeNull();
    expect(kind('I2', 'MX')).toBe('unrecorded');
    expect(kind('I4', 'US')).toBe('joint');
    expect(kind('I5', 'MX')).toBe('unrecorded');
  });

  it('a country and a pillar narrow each other: its delegates at the meetings that advanced the pillar', () => {
    const us = run({ country: 'US', pillars: ['P3'] });
    expect(ids(us.initiatives)).toEqual(['I2']);
    expect(ids(us.meetings)).toEqual(['M2']);
    expect(ids(us.participations)).toEqual(['M2-gina-raimondo']);
    expect(ids(us.people)).toEqual(['gina-raimondo']);
    // Mexico's delegation is recorded only at M1, which advanced no Pillar III initiative.
    const mx = run({ country: 'MX', pillars: ['P3'] });
    expect(ids(mx.initiatives)).toEqual(['I2']);
    expect(ids(mx.meetings)).toEqual([]);
    expect(ids(mx.people)).toEqual([]);
  });

  it('a country and a meeting, or a country and years, narrow each other the same way', () => {
    expect(ids(run({ country: 'MX', meeting: 'M2' }).meetings)).toEqual([]);
    expect(ids(run({ country: 'MX', meeting: 'M2' }).initiatives)).toEqual(['I2']);
    expect(ids(run({ country: 'US', from: 2022 }).meetings)).toEqual(['M2']);
    expect(ids(run({ country: 'US', from: 2022 }).initiatives)).toEqual(['I2', 'I3']);
  });

  it('filtering by a pillar narrows sectors, initiatives and the meetings that advanced them', () => {
    const p3 = run({ pillars: ['P3'] });
    expect(ids(p3.initiatives)).toEqual(['I2']);
    expect(ids(p3.sectors)).toEqual(['ict']);
    expect(ids(p3.pillars)).toEqual(['P3']);
    expect(ids(p3.meetings)).toEqual(['M2']);
  });

  it('several pillars combine with OR', () => {
    expect(ids(run({ pillars: ['P1', 'P3'] }).initiatives)).toEqual(['I1', 'I2', 'I3']);
  });

  it('filtering by a sector keeps the pillars it falls under', () => {
    const semis = run({ sectors: ['semis'] });
    expect(ids(semis.initiatives)).toEqual(['I3']);
    expect(ids(semis.pillars)).toEqual(['P1']);
    expect(ids(semis.sectors)).toEqual(['semis']);
  });

  it('a year range uses the initiative date, or its earliest meeting when undated', () => {
    expect(ids(run({ from: 2022 }).initiatives)).toEqual(['I2', 'I3']);
    expect(ids(run({ to: 2022 }).initiatives)).toEqual(['I1', 'I2']);
    expect(ids(run({ from: 2022, to: 2022 }).meetings)).toEqual(['M2']);
  });

  it('a meeting keeps its own delegation and the initiatives tied to it', () => {
    const m2 = run({ meeting: 'M2' });
    expect(ids(m2.participations)).toEqual(['M2-gina-raimondo']);
    expect(ids(m2.initiatives)).toEqual(['I2', 'I3']);
  });

  it('search is accent-insensitive: "Barcena" finds Bárcena', () => {
    const found = run({ q: 'barcena' });
    expect(ids(found.people)).toEqual(['alicia-barcena']);
    expect(ids(found.initiatives)).toEqual([]);
  });

  it('search also finds initiatives and sectors by name', () => {
    const found = run({ q: 'semiconductor' });
    expect(ids(found.initiatives)).toEqual(['I3']);
    expect(ids(found.sectors)).toEqual(['semis']);
    expect(ids(found.people)).toEqual([]);
  });

  it('never filters out sources, indicators, disputes or notes', () => {
    const none = run({ q: 'zzz-nothing' });
    expect(none.sources).toHaveLength(1);
    expect(none.indicators).toHaveLength(1);
  });
});

describe('normalizeSearchText', () => {
  it('strips accents and case', () => {
    expect(normalizeSearchText('  Ramírez  de la O ')).toBe('ramirez de la o');
    expect(matchesQuery('mexico CITY', ['Ciudad de México', 'Mexico City'])).toBe(true);
    expect(matchesQuery('lima', ['Mexico City'])).toBe(false);
  });
});
