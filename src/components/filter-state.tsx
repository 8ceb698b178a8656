import { createContext, useContext } from 'react';
import type { Dataset } from '../data/dataset-schema';
import type { DroppedParam, Filters, ViewParam, ViewParams } from '../model/filters';
import type { DatasetIdentity } from '../model/dataset-identity';
import type { PillarStyle } from '../model/select-pillar-colors';

/**
 * The named changes to the filters (each one of the pure `with…` functions in model/filter-actions.ts). They keep one
 * identity for the shell's lifetime and act on the filters of the moment they are called. Choices push a history
 * entry, so Back undoes them; typing in search replaces it.
 */
export interface FilterActions {
  togglePillar: (pillarId: string) => void;
  addPillar: (pillarId: string) => void;
  toggleSector: (sectorId: string) => void;
  addSector: (sectorId: string) => void;
  setCountry: (country: string | null) => void;
  setSeries: (series: string | null) => void;
  setMeeting: (meeting: string | null) => void;
  setYear: (bound: 'from' | 'to', year: number | null) => void;
  setQuery: (q: string) => void;
  /** Removes one chip: `part` is its entry in the filter (a pillar's id, the country's code…). */
  removePart: (key: keyof Filters, part: string) => void;
  /** Shows the view of other filters, e.g. the nearest non-empty one an empty view suggests. */
  show: (filters: Filters) => void;
}

export interface FilterState {
  filters: Filters;
  actions: FilterActions;
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
  viewParams: ViewParams;
  /** Sets several view parameters in one navigation (null removes one); replaces the history entry. */
  setViewParams: (values: Partial<Record<ViewParam, string | null>>) => void;
  /** The opened file's id and version (its links carry them); null on the built-in data. */
  identity: DatasetIdentity | null;
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
