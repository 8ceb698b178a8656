import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/model/apply-filters';
import { EMPTY_FILTERS, type Filters } from '../../src/model/filters';
import { toInitiativeRows, INITIATIVE_COLUMNS } from '../../src/model/to-initiative-rows';
import { sortInitiativeRows } from '../../src/model/sort-initiative-rows';
import { scaleUpDataset } from './scale-up-dataset';

/**
 * The initiatives table on a short dataset sorts every initiative and hides the rows the filters leave out. That
 * shows the reader what sorting the filtered rows alone would: checked here for every column, both directions,
 * both languages and a spread of filters on the shipped dataset.
 */
describe('sorting every row and hiding some = sorting the kept rows', () => {
  const dataset = scaleUpDataset(1);
  const one = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
  const cases: Filters[] = [
    ...dataset.dialogue.countries.map((c) => one({ country: c.code })),
    ...dataset.pillars.map((p) => one({ pillars: [p.id] })),
    ...dataset.sectors.slice(0, 6).map((s) => one({ sectors: [s.id] })),
    one({ from: 2021 }),
    one({ to: 2016 }),
    one({ q: 'energy' }),
    one({ country: 'MX', from: 2021 }),
  ];

  it('for every column and direction, in English and Spanish', () => {
    let compared = 0;
    for (const locale of ['en', 'es'] as const) {
      const all = toInitiativeRows(dataset, dataset, locale);
      for (const filters of cases) {
        const kept = toInitiativeRows(applyFilters(dataset, filters), dataset, locale);
        const keptIds = new Set(kept.map((r) => r.id));
        for (const column of INITIATIVE_COLUMNS) {
          for (const direction of ['asc', 'desc'] as const) {
            const shown = sortInitiativeRows(all, { column, direction }, locale).filter((r) => keptIds.has(r.id));
            expect(shown.map((r) => r.id)).toEqual(
              sortInitiativeRows(kept, { column, direction }, locale).map((r) => r.id),
            );
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(2 * cases.length * INITIATIVE_COLUMNS.length * 2);
  });

  it('the filters do narrow the rows (the check above is not comparing whole lists)', () => {
    const sizes = cases.map((f) => applyFilters(dataset, f).initiatives.length);
    expect(sizes.some((n) => n > 0 && n < dataset.initiatives.length)).toBe(true);
  });
});
