import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset-schema';
import { applyFilters } from '../../src/model/apply-filters';
import { EMPTY_FILTERS, type Filters } from '../../src/model/filters';
import { toInitiativeRows } from '../../src/model/to-initiative-rows';
import { selectMeetingDelegation } from '../../src/model/select-meeting-delegation';
import { toSectorPillarMatrixRows } from '../../src/model/chart-rows/to-sector-pillar-matrix-rows';
import { selectSectorPillarTakeaway } from '../../src/model/chart-rows/select-sector-pillar-takeaway';
import { toDelegationCompositionRows } from '../../src/model/chart-rows/to-delegation-composition-rows';
import { applyFilters as legacyApplyFilters } from './legacy/apply-filters';
import { toInitiativeRows as legacyToInitiativeRows } from './legacy/to-initiative-rows';
import { selectMeetingDelegation as legacySelectMeetingDelegation } from './legacy/select-meeting-delegation';
import { toSectorPillarMatrixRows as legacyToSectorPillarMatrixRows } from './legacy/to-sector-pillar-matrix-rows';
import { selectSectorPillarTakeaway as legacySelectSectorPillarTakeaway } from './legacy/select-sector-pillar-takeaway';
import { toDelegationCompositionRows as legacyToDelegationCompositionRows } from './legacy/to-delegation-composition-rows';
import { scaleUpDataset } from './scale-up-dataset';

/** Every single filter the dataset allows, a few searches and year ranges, and some combinations of them. */
function filterCases(dataset: Dataset): Filters[] {
  const one = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
  const first = <T>(list: readonly T[]) => list.slice(0, 3);
  return [
    EMPTY_FILTERS,
    ...dataset.dialogue.countries.map((c) => one({ country: c.code })),
    ...dataset.pillars.map((p) => one({ pillars: [p.id] })),
    ...dataset.sectors.map((s) => one({ sectors: [s.id] })),
    ...dataset.series.map((s) => one({ series: s.id })),
    ...dataset.meetings.map((m) => one({ meeting: m.id })),
    one({ from: 2015 }),
    one({ to: 2016 }),
    one({ from: 2021, to: 2022 }),
    ...['energy', 'México', 'mexico raimondo', 'Bárcena', 'semiconductor', 'zzz-no-match', '  ', 'a'].map((q) =>
      one({ q }),
    ),
    ...first(dataset.pillars).map((p) => one({ pillars: [p.id], country: 'MX', from: 2021 })),
    ...first(dataset.sectors).map((s) => one({ sectors: [s.id], pillars: first(dataset.pillars).map((p) => p.id) })),
    one({ country: 'US', q: 'secretary' }),
  ];
}

function expectSameAsLegacy(dataset: Dataset, filters: Filters) {
  const filtered = applyFilters(dataset, filters);
  const legacy = legacyApplyFilters(dataset, filters);
  expect(filtered).toEqual(legacy);
  for (const locale of ['en', 'es'] as const) {
    expect(toInitiativeRows(filtered, dataset, locale)).toEqual(legacyToInitiativeRows(legacy, dataset, locale));
  }
  const matrix = toSectorPillarMatrixRows(filtered);
  expect(matrix).toEqual(legacyToSectorPillarMatrixRows(legacy));
  expect(selectSectorPillarTakeaway(matrix)).toEqual(legacySelectSectorPillarTakeaway(matrix));
  expect(toDelegationCompositionRows(filtered)).toEqual(legacyToDelegationCompositionRows(legacy));
  for (const meeting of dataset.meetings) {
    expect(selectMeetingDelegation(filtered, meeting.id)).toEqual(legacySelectMeetingDelegation(legacy, meeting.id));
    expect(selectMeetingDelegation(dataset, meeting.id, filtered.participations)).toEqual(
      legacySelectMeetingDelegation(dataset, meeting.id, legacy.participations),
    );
  }
}

describe('the indexed selectors give exactly what the scanning ones gave', () => {
  it('on the shipped HLED dataset, for every single filter and some combinations', () => {
    const dataset = scaleUpDataset(1);
    const cases = filterCases(dataset);
    expect(cases.length).toBeGreaterThan(50);
    for (const filters of cases) expectSameAsLegacy(dataset, filters);
  });

  it('on a ten-fold copy of it', () => {
    const dataset = scaleUpDataset(10);
    const cases = filterCases(dataset).filter((_, index) => index % 7 === 0);
    for (const filters of cases) {
      const filtered = applyFilters(dataset, filters);
      const legacy = legacyApplyFilters(dataset, filters);
      expect(filtered).toEqual(legacy);
      expect(toInitiativeRows(filtered, dataset, 'es')).toEqual(legacyToInitiativeRows(legacy, dataset, 'es'));
      expect(toSectorPillarMatrixRows(filtered)).toEqual(legacyToSectorPillarMatrixRows(legacy));
    }
  });
});

describe('applyFilters remembers its results', () => {
  it('gives the very same object for the same filters, so memoised views and rows are reused', () => {
    const dataset = scaleUpDataset(1);
    const mexico = applyFilters(dataset, { ...EMPTY_FILTERS, country: 'MX' });
    expect(applyFilters(dataset, { ...EMPTY_FILTERS, country: 'MX' })).toBe(mexico);
    expect(applyFilters(dataset, { ...EMPTY_FILTERS, country: 'US' })).not.toBe(mexico);
  });

  it('hands back the whole lists when a filter keeps every record', () => {
    const dataset = scaleUpDataset(1);
    const all = applyFilters(dataset, EMPTY_FILTERS);
    expect(all.initiatives).toBe(dataset.initiatives);
    expect(all.participations).toBe(dataset.participations);
    // A search keeps every meeting (it narrows people, initiatives and sectors). A country no longer does: it keeps
    // the meetings where its delegation is recorded (issue 17).
    const search = applyFilters(dataset, { ...EMPTY_FILTERS, q: 'Bárcena' });
    expect(search.meetings).toBe(dataset.meetings);
    expect(search.people).not.toBe(dataset.people);
  });

  it('reuses the table row of an initiative across filter changes', () => {
    const dataset = scaleUpDataset(1);
    const all = toInitiativeRows(applyFilters(dataset, EMPTY_FILTERS), dataset, 'en');
    const mexico = toInitiativeRows(applyFilters(dataset, { ...EMPTY_FILTERS, country: 'MX' }), dataset, 'en');
    const row = mexico[0];
    expect(row).toBeDefined();
    expect(all).toContain(row);
  });
});
