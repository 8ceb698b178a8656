import { useCallback, useId, useMemo, type ReactNode } from 'react';
import type { Dataset } from '../data/dataset-schema';
import { applyFilters } from '../model/apply-filters';
import { EMPTY_FILTERS } from '../model/filters';
import { selectPillarColors } from '../model/select-pillar-colors';
import { DatasetLookupsContext, FilterStateContext, type DatasetLookups, type FilterState } from '../components/filter-state';
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
  const { filters, setFilters, dropped, dismissDropped, viewParams, setViewParams } = urlState;
  const pillarStyles = useMemo(() => selectPillarColors(dataset), [dataset]);
  const filtered = useMemo(() => applyFilters(dataset, filters), [dataset, filters]);
  const resultCountId = useId();
  const clearFilters = useCallback(() => {
    setFilters(EMPTY_FILTERS);
    // Focused once React has drawn the cleared view (its render is a microtask queued by the update above): focus
    // makes the browser bring styles up to date, and doing that before the render restyled the old page for nothing.
    queueMicrotask(() => document.getElementById(resultCountId)?.focus());
  }, [setFilters, resultCountId]);
  const value = useMemo<FilterState>(
    () => ({ filters, setFilters, clearFilters, resultCountId, filtered, dataset, pillarStyles, dropped, dismissDropped, viewParams, setViewParams }),
    [filters, setFilters, clearFilters, resultCountId, filtered, dataset, pillarStyles, dropped, dismissDropped, viewParams, setViewParams],
  );
  const lookups = useMemo<DatasetLookups>(() => ({ dataset, pillarStyles }), [dataset, pillarStyles]);
  return (
    <DatasetLookupsContext.Provider value={lookups}>
      <FilterStateContext.Provider value={value}>{children}</FilterStateContext.Provider>
    </DatasetLookupsContext.Provider>
  );
}
