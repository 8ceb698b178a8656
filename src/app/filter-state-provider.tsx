import { useCallback, useId, useInsertionEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Dataset } from '../data/dataset-schema';
import { applyFilters } from '../model/apply-filters';
import { EMPTY_FILTERS, type Filters } from '../model/filters';
import {
  withFilter,
  withPillarAdded,
  withPillarToggled,
  withSectorAdded,
  withSectorToggled,
  withoutPart,
} from '../model/filter-actions';
import { selectPillarColors } from '../model/select-pillar-colors';
import {
  DatasetLookupsContext,
  FilterStateContext,
  type DatasetLookups,
  type FilterActions,
  type FilterState,
} from '../components/filter-state';
import type { UrlState } from './use-url-state';

export function FilterStateProvider({
  dataset,
  urlState,
  children,
}: {
  dataset: Dataset;
  urlState: UrlState;
  children: ReactNode;
}) {
  const { filters, setFilters, dropped, dismissDropped, viewParams, setViewParams, identity } = urlState;
  const pillarStyles = useMemo(() => selectPillarColors(dataset), [dataset]);
  const filtered = useMemo(() => applyFilters(dataset, filters), [dataset, filters]);
  const resultCountId = useId();
  const clearFilters = useCallback(() => {
    setFilters(EMPTY_FILTERS);
    // Focused once React has drawn the cleared view (its render is a microtask queued by the update above): focus
    // makes the browser bring styles up to date, and doing that before the render restyled the old page for nothing.
    queueMicrotask(() => document.getElementById(resultCountId)?.focus());
  }, [setFilters, resultCountId]);

  // The actions keep one identity (memoised rows and charts hold them) and read the filters of the moment.
  const latest = useRef({ filters, setFilters });
  useInsertionEffect(() => {
    latest.current = { filters, setFilters };
  });
  const actions = useMemo<FilterActions>(() => {
    const change = (next: (current: Filters) => Filters, history: 'push' | 'replace' = 'push') => {
      const { filters: current, setFilters: set } = latest.current;
      const changed = next(current);
      if (changed !== current) set(changed, history);
    };
    return {
      togglePillar: (id) => change((f) => withPillarToggled(f, id)),
      addPillar: (id) => change((f) => withPillarAdded(f, id)),
      toggleSector: (id) => change((f) => withSectorToggled(f, id)),
      addSector: (id) => change((f) => withSectorAdded(f, id)),
      setCountry: (code) => change((f) => withFilter(f, 'country', code)),
      setSeries: (id) => change((f) => withFilter(f, 'series', id)),
      setMeeting: (id) => change((f) => withFilter(f, 'meeting', id)),
      setYear: (bound, year) => change((f) => withFilter(f, bound, year)),
      setQuery: (q) => change((f) => withFilter(f, 'q', q), 'replace'),
      removePart: (key, part) => change((f) => withoutPart(f, key, part)),
      show: (next) => change(() => next),
    };
  }, []);

  const value = useMemo<FilterState>(
    () => ({
      filters,
      actions,
      clearFilters,
      resultCountId,
      filtered,
      dataset,
      pillarStyles,
      dropped,
      dismissDropped,
      viewParams,
      setViewParams,
      identity,
    }),
    [
      filters,
      actions,
      clearFilters,
      resultCountId,
      filtered,
      dataset,
      pillarStyles,
      dropped,
      dismissDropped,
      viewParams,
      setViewParams,
      identity,
    ],
  );
  const lookups = useMemo<DatasetLookups>(() => ({ dataset, pillarStyles }), [dataset, pillarStyles]);
  return (
    <DatasetLookupsContext.Provider value={lookups}>
      <FilterStateContext.Provider value={value}>{children}</FilterStateContext.Provider>
    </DatasetLookupsContext.Provider>
  );
}
