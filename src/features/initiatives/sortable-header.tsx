import type { InitiativeColumn } from '../../model/to-initiative-rows';
import type { InitiativeSort } from '../../model/sort-initiative-rows';
import { useI18n } from '../../i18n/pack-initiatives';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A column header whose button sorts by the column; `aria-sort` tells assistive technology the current order. */
export function SortableHeader({
  column,
  sort,
  onSort,
}: {
  column: InitiativeColumn;
  sort: InitiativeSort;
  onSort: (column: InitiativeColumn) => void;
}) {
  const { t } = useI18n();
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? ARIA_SORT[sort.direction] : 'none'}>
      <button type="button" className="initiatives-table__sort" onClick={() => onSort(column)}>
        {t(`initiatives.column.${column}`)}
        <span className="initiatives-table__arrow" aria-hidden="true">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
