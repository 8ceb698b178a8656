import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { translatePlural } from '../../i18n/plural';
import { useFilterState } from '../../components/filter-state';
import { INITIATIVE_COLUMNS, toInitiativeRows } from '../../model/to-initiative-rows';
import { sortInitiativeRows } from '../../model/sort-initiative-rows';
import { InitiativeTableRow } from './initiative-table-row';
import { SortableHeader } from './sortable-header';
import { useInitiativeSort } from './use-initiative-sort';

/** The filtered initiatives as a sortable table; the sort lives in the URL. */
export function InitiativesTable() {
  const { locale } = useI18n();
  const { filtered, dataset } = useFilterState();
  const { sort, sortBy } = useInitiativeSort();
  const rows = useMemo(() => toInitiativeRows(filtered, dataset, locale), [filtered, dataset, locale]);
  const sorted = useMemo(() => sortInitiativeRows(rows, sort, locale), [rows, sort, locale]);

  return (
    <div className="initiatives-table__scroll">
      <table className="initiatives-table">
        <caption>{translatePlural(locale, 'initiatives.count', rows.length)}</caption>
        <thead>
          <tr>
            {INITIATIVE_COLUMNS.map((column) => (
              <SortableHeader key={column} column={column} sort={sort} onSort={sortBy} />
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <InitiativeTableRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
