import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { EmptyState } from '../../src/components/empty-state';
import { FilterStateContext, type FilterState } from '../../src/components/filter-state';
import { parseDataset } from '../../src/data/parse-dataset';
import { applyFilters } from '../../src/model/apply-filters';
import { EMPTY_FILTERS } from '../../src/model/filters';
import { loadFixture } from '../fixtures/load-fixture';
import { renderInApp } from './chart-test-helpers';

const parsed = parseDataset(loadFixture('initiatives-dataset.json'));
if (!parsed.ok) throw new Error('the initiatives fixture does not parse');
const dataset = parsed.dataset;

/** The filter bar's state after "Clear all": no filters, everything kept. */
const cleared = {
  dataset,
  filters: EMPTY_FILTERS,
  filtered: dataset,
  actions: {},
  clearFilters: () => undefined,
  resultCountId: 'result-count',
} as unknown as FilterState;

describe('EmptyState', () => {
  // A view that follows the filters a render late (useDeferredFilterState) still shows its empty state for a moment
  // after "Clear all": it must go on explaining the filters it shows, not turn into "Nothing matches these filters"
  // with none set (a live region would announce that).
  it('explains the filters the view shows when they lag the filter bar', () => {
    const narrowed = { ...EMPTY_FILTERS, pillars: ['P3'], country: 'MX' };
    renderInApp(
      <FilterStateContext.Provider value={cleared}>
        <EmptyState aspect="initiatives" shown={{ filters: narrowed, filtered: applyFilters(dataset, narrowed) }} />
      </FilterStateContext.Provider>,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^No initiatives match /);
    expect(status).not.toHaveTextContent('Nothing matches these filters');
  });

  it('reads the filter bar’s filters when the view shows them as they are', () => {
    renderInApp(
      <FilterStateContext.Provider value={cleared}>
        <EmptyState aspect="initiatives" />
      </FilterStateContext.Provider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Nothing matches these filters');
  });
});
