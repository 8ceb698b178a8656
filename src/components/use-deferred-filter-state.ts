import { useDeferredValue } from 'react';
import type { Dataset } from '../data/dataset-schema';
import type { Filters } from '../model/filters';
import { useFilterState } from './filter-state';
import { VIRTUALIZE_ABOVE } from './use-window-rows';

export interface ShownFilterState {
  filtered: Dataset;
  filters: Filters;
  dataset: Dataset;
  /** True while the view shows the filters before the last change (it is rendering the new ones). */
  stale: boolean;
}

/**
 * The filters a view whose every record stays in the page shows (the briefing deck, the initiatives table, the
 * delegations cards): from a short dataset (the shipped one) they follow a change in a deferred render, so that the
 * filter bar answers at once. Done in the input's task, "Clear all" kept a phone's next paint over 200 ms; deferred,
 * the view settles a frame later (decision 004). A long dataset's view is virtualised and follows in the input's
 * task: deferred, the 100× deck did not settle within 60 s.
 */
export function useDeferredFilterState(): ShownFilterState {
  const current = useFilterState();
  const deferred = {
    filtered: useDeferredValue(current.filtered),
    filters: useDeferredValue(current.filters),
    dataset: useDeferredValue(current.dataset),
  };
  const shown = current.dataset.initiatives.length <= VIRTUALIZE_ABOVE ? deferred : current;
  return {
    filtered: shown.filtered,
    filters: shown.filters,
    dataset: shown.dataset,
    stale: shown.filtered !== current.filtered,
  };
}
