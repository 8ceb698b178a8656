import { useMemo } from 'react';
import { useI18n, translatePlural } from '../../i18n/pack-initiatives';
import { useFilterState } from '../../components/filter-state';
import type { Dataset } from '../../data/dataset-schema';
import type { Filters } from '../../model/filters';
import { selectFilterIndexes } from '../../model/filter-indexes';
import { selectLeadKind } from '../../model/select-lead-kind';
import { INITIATIVE_COLUMNS, toInitiativeRows, type InitiativeRow } from '../../model/to-initiative-rows';
import { sortInitiativeRows } from '../../model/sort-initiative-rows';
import { InitiativeTableRow } from './initiative-table-row';
import { SortableHeader } from './sortable-header';
import { useInitiativeSort } from './use-initiative-sort';
import { useWindowRows, VIRTUALIZE_ABOVE } from '../../components/use-window-rows';
import { VirtualGapRow } from '../../components/virtual-gap';

/** A row's height on a wide screen with two lines of text; rendered rows are measured. */
const ESTIMATED_ROW_HEIGHT = 72;

/**
 * The filtered initiatives as a sortable table; the sort lives in the URL. A long table renders only the rows near
 * the screen: it stays one real `<table>` whose aria-rowcount and aria-rowindex give the full size and each row's
 * place, with spacer rows for the rest, a sticky header, and the focused row kept while the page scrolls. A short
 * one keeps every initiative's row and hides those the filters leave out (see below).
 */
export function InitiativesTable({
  dataset,
  filtered,
  filters,
  stale,
}: {
  /** The dataset, its filtered part and the filters the table shows, which may lag the filter bar's by a render. */
  dataset: Dataset;
  filtered: Dataset;
  filters: Filters;
  /** True while they lag (aria-busy). */
  stale: boolean;
}) {
  const { locale } = useI18n();
  const { actions } = useFilterState();
  const { sort, sortBy } = useInitiativeSort();
  // A short table (the shipped dataset's) keeps a row for every initiative and hides those the filters leave out:
  // "Clear all" then shows rows already made instead of making them again. Sorting the whole list and hiding rows
  // gives the filtered rows in the same order as sorting them alone (the sort is stable).
  const keepAll = dataset.initiatives.length <= VIRTUALIZE_ABOVE;
  const rows = useMemo(() => toInitiativeRows(filtered, dataset, locale), [filtered, dataset, locale]);
  const listed = useMemo(
    () => (keepAll ? toInitiativeRows(dataset, dataset, locale) : rows),
    [keepAll, dataset, locale, rows],
  );
  const sorted = useMemo(() => sortInitiativeRows(listed, sort, locale), [listed, sort, locale]);
  const shownIds = useMemo(() => (keepAll ? new Set(rows.map((r) => r.id)) : null), [keepAll, rows]);
  const { virtual, slots, setListElement, measureRow } = useWindowRows<HTMLTableSectionElement>({
    count: sorted.length,
    estimateSize: ESTIMATED_ROW_HEIGHT,
    virtual: !keepAll && sorted.length > VIRTUALIZE_ABOVE,
  });

  const selectedPillars = filters.pillars;
  const togglePillar = actions.togglePillar;
  const country = filters.country;
  const indexes = selectFilterIndexes(dataset);
  const leadMarkOf = (id: string) => {
    const kind = country === null ? null : selectLeadKind(id, country, indexes);
    return kind === null || kind === 'own' ? '' : kind;
  };
  const pressedPillars = (row: InitiativeRow) =>
    selectedPillars.length === 0
      ? ''
      : row.pillars
          .filter((p) => selectedPillars.includes(p.id))
          .map((p) => p.id)
          .join(' ');

  if (rows.length === 0 && !keepAll) return null;
  return (
    <div
      className={virtual ? 'initiatives-table__scroll initiatives-table__scroll--virtual' : 'initiatives-table__scroll'}
      hidden={rows.length === 0}
      aria-busy={stale || undefined}
    >
      <table
        className={virtual ? 'initiatives-table initiatives-table--virtual' : 'initiatives-table'}
        // The header row is row 1; data rows are 2 to N + 1.
        aria-rowcount={virtual ? sorted.length + 1 : undefined}
      >
        <caption>{translatePlural(locale, 'initiatives.count', rows.length)}</caption>
        <thead>
          <tr aria-rowindex={virtual ? 1 : undefined}>
            {INITIATIVE_COLUMNS.map((column) => (
              <SortableHeader key={column} column={column} sort={sort} onSort={sortBy} />
            ))}
          </tr>
        </thead>
        <tbody ref={setListElement}>
          {slots.map((slot) => {
            if (slot.kind === 'gap')
              return <VirtualGapRow key={slot.key} size={slot.size} columns={INITIATIVE_COLUMNS.length} />;
            const row = sorted[slot.index];
            if (row === undefined) return null;
            return (
              <InitiativeTableRow
                key={row.id}
                row={row}
                index={virtual ? slot.index : undefined}
                measureRef={virtual ? measureRow : undefined}
                hidden={shownIds !== null && !shownIds.has(row.id)}
                pressedPillars={pressedPillars(row)}
                onTogglePillar={togglePillar}
                leadMark={leadMarkOf(row.id)}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
