import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset } from '../../src/data/dataset-schema';
import { parseDataset } from '../../src/data/parse-dataset';
import { applyFilters } from '../../src/model/apply-filters';
import { EMPTY_FILTERS, type Filters } from '../../src/model/filters';
import { countAspect, explainEmptyView, type ViewAspect } from '../../src/model/explain-empty-view';
import { loadFixture } from '../fixtures/load-fixture';
import { scaleUpDataset } from './scale-up-dataset';

function first<T>(list: readonly T[]): T {
  const item = list[0];
  if (item === undefined) throw new Error('fixture list is empty');
  return item;
}

/**
 * The mini fixture grown to two meetings: M1 (2013, a Mexican delegate; initiative I1 led by Mexico under P1) and
 * M2 (2022, a US delegate; initiative I2 with no lead under P3, in the "ict" sector).
 */
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
  data.initiatives.push({
    ...first(data.initiatives),
    id: 'I2',
    name: { en: 'Cybersecurity cooperation' },
    pillars: [{ pillar: 'P3', basis: 'stated', citations: cite }],
    sectors: ['ict'],
    meetings: [{ meeting: 'M2', relation: 'announced' }],
    date: null,
    leadOrganizations: [],
  });
  const checked = parseDataset(data);
  if (!checked.ok) throw new Error(`test fixture is invalid: ${JSON.stringify(checked.problems)}`);
  return checked.dataset;
}

const data = fixture();
const f = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });

describe('explainEmptyView', () => {
  it('says nothing when the view has something in it', () => {
    expect(explainEmptyView(data, f({ country: 'MX' }), 'meetings')).toBeNull();
  });

  it('says nothing when no filter is set: no filter is to blame', () => {
    const none = { ...data, participations: [] };
    expect(explainEmptyView(none, EMPTY_FILTERS, 'delegations')).toBeNull();
  });

  it('names the filter that emptied the view and offers the view without it (Mexico + Pillar III meetings)', () => {
    // Mexico's delegation is recorded only at M1; Pillar III was advanced only at M2.
    const explanation = explainEmptyView(data, f({ country: 'MX', pillars: ['P3'] }), 'meetings');
    expect(explanation).toEqual({
      aspect: 'meetings',
      culprits: ['country'],
      kept: ['pillars'],
      suggestion: f({ pillars: ['P3'] }),
      counts: { initiatives: 1, people: 1, meetings: 1, records: 1 },
    });
  });

  it('tries context before topic: a search that finds nothing goes before the pillar', () => {
    const explanation = explainEmptyView(data, f({ pillars: ['P3'], q: 'zzz' }), 'initiatives');
    expect(explanation?.culprits).toEqual(['q']);
    expect(explanation?.suggestion).toEqual(f({ pillars: ['P3'] }));
  });

  it('removes a single filter when that is enough, two when no single one brings records back', () => {
    expect(explainEmptyView(data, f({ country: 'US', from: 2013, to: 2013 }), 'people')).toMatchObject({
      culprits: ['country'],
      kept: ['from', 'to'],
    });
    // Without the country, M1's initiatives have no "zzz"; without the search, M1's only initiative is Mexico's;
    // without the meeting, no US initiative says "zzz". Without the country and the search: M1's initiative.
    const two = explainEmptyView(data, f({ country: 'US', meeting: 'M1', q: 'zzz' }), 'initiatives');
    expect(two?.culprits).toEqual(['country', 'q']);
    expect(two?.suggestion).toEqual(f({ meeting: 'M1' }));
    expect(two?.counts.records).toBe(1);
  });

  it('on the overview, counts initiatives, people and meetings together', () => {
    // Mexico's only initiative under P1 is of 2013, and its delegation is recorded only in 2013.
    const explanation = explainEmptyView(data, f({ country: 'MX', pillars: ['P1'], from: 2022 }), 'overview');
    expect(explanation?.culprits).toEqual(['from']);
    expect(explanation?.kept).toEqual(['country', 'pillars']);
    expect(explanation?.counts).toEqual({ initiatives: 1, people: 1, meetings: 1, records: 3 });
  });

  it('explains the shipped dataset’s Mexico + Pillar III + 2024 by the year, keeping Mexico and Pillar III', () => {
    const hled = scaleUpDataset(1);
    const explanation = explainEmptyView(hled, f({ country: 'MX', pillars: ['P3'], from: 2024 }), 'initiatives');
    expect(explanation?.culprits).toEqual(['from']);
    expect(explanation?.suggestion).toEqual(f({ country: 'MX', pillars: ['P3'] }));
    expect(explanation?.counts.records).toBe(4);
  });
});

describe('no combination of filters that each alone keeps something leaves a view without an explanation', () => {
  const aspects: ViewAspect[] = ['initiatives', 'meetings', 'people', 'pillars', 'sectors', 'delegations', 'overview'];
  const datasets = [data, scaleUpDataset(1)];
  for (const [index, dataset] of datasets.entries()) {
    it(`on ${index === 0 ? 'a small fixture' : 'the shipped dataset'}`, () => {
      const arbitrary = fc.record({
        country: fc.option(fc.constantFrom(...dataset.dialogue.countries.map((c) => c.code)), { nil: null }),
        pillars: fc.uniqueArray(fc.constantFrom(...dataset.pillars.map((p) => p.id)), { maxLength: 2 }),
        sectors: fc.uniqueArray(fc.constantFrom(...dataset.sectors.map((s) => s.id)), { maxLength: 2 }),
        series: fc.option(fc.constantFrom(...dataset.series.map((s) => s.id)), { nil: null }),
        meeting: fc.option(fc.constantFrom(...dataset.meetings.map((m) => m.id)), { nil: null }),
        from: fc.option(fc.integer({ min: 2012, max: 2025 }), { nil: null }),
        to: fc.option(fc.integer({ min: 2012, max: 2025 }), { nil: null }),
        q: fc.constantFrom('', 'zzz', 'secretary', 'semi', 'Bárcena'),
        aspect: fc.constantFrom(...aspects),
      });
      fc.assert(
        fc.property(arbitrary, ({ aspect, ...filters }) => {
          const alone = (Object.keys(filters) as (keyof Filters)[]).map((key) => ({
            ...EMPTY_FILTERS,
            [key]: filters[key],
          }));
          fc.pre(alone.every((one) => countAspect(applyFilters(dataset, one), aspect) > 0));
          const shown = countAspect(applyFilters(dataset, filters), aspect);
          const explanation = explainEmptyView(dataset, filters, aspect);
          if (shown > 0) {
            expect(explanation).toBeNull();
            return;
          }
          expect(explanation).not.toBeNull();
          expect(explanation?.culprits.length).toBeGreaterThan(0);
          // The way out shows data.
          const suggestion = explanation?.suggestion ?? EMPTY_FILTERS;
          expect(countAspect(applyFilters(dataset, suggestion), aspect)).toBeGreaterThan(0);
        }),
        { numRuns: 300 },
      );
    });
  }
});
