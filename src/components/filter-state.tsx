import { createContext, useContext } from 'react';
import type { Dataset } from '../data/dataset-schema';
import type { DroppedParam, Filters } from '../model/filters';
import type { PillarStyle } from '../model/select-pillar-colors';

export interface FilterState {
  filters: Filters;
  /** Replace the filters; `history: 'replace'` for typing, 'push' (default) for discrete choices so Back undoes them. */
  setFilters: (next: Filters, history?: 'push' | 'replace') => void;
  /**
   * Removes every filter and moves keyboard focus to the result count (the "Clear all" buttons disappear with the
   * filters, and focus would otherwise fall back to the page).
   */
  clearFilters: () => void;
  /** The id of the filter bar's result count, where `clearFilters` puts focus. */
  resultCountId: string;
  /** The dataset as the filters narrow it. */
  filtered: Dataset;
  /** The whole dataset, for lookups by id and stable colours. */
  dataset: Dataset;
  pillarStyles: ReadonlyMap<string, PillarStyle>;
  /** Link parameters that were ignored, for the notice. */
  dropped: readonly DroppedParam[];
  dismissDropped: () => void;
  /** View-owned URL parameters (`sort`, `dir`, `slide`): read and written here, never with the router directly. */
  viewParams: ReadonlyMap<'slide' | 'sort' | 'dir', string>;
  /** Sets several view parameters in one navigation (null removes one); replaces the history entry. */
  setViewParams: (values: Partial<Record<'slide' | 'sort' | 'dir', string | null>>) => void;
}

export const FilterStateContext = createContext<FilterState | null>(null);

/** Filters, the filtered dataset and the setters; provided by the app shell once the dataset has loaded. */
export function useFilterState(): FilterState {
  const value = useContext(FilterStateContext);
  if (value === null) throw new Error('useFilterState must be used inside the app shell');
  return value;
}

export interface DatasetLookups {
  /** The whole dataset, for lookups by id. */
  dataset: Dataset;
  pillarStyles: ReadonlyMap<string, PillarStyle>;
}

export const DatasetLookupsContext = createContext<DatasetLookups | null>(null);

/**
 * The whole dataset and the pillar colours, which change only when another dataset is opened. For components
 * repeated down long lists (citation markers, pillar chips): reading the filter state instead would re-render
 * every one of them on every filter change.
 */
export function useDatasetLookups(): DatasetLookups {
  const value = useContext(DatasetLookupsContext);
  if (value === null) throw new Error('useDatasetLookups must be used inside the app shell');
  return value;
}
