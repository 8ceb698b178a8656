import { useFilterState } from '../../components/filter-state';
import type { InitiativeColumn } from '../../model/to-initiative-rows';
import {
  nextInitiativeSort,
  parseInitiativeSort,
  serializeInitiativeSort,
  type InitiativeSort,
} from '../../model/sort-initiative-rows';

/** The table's sort, kept in the `sort` and `dir` URL parameters so that a link reopens the same order. */
export function useInitiativeSort(): { sort: InitiativeSort; sortBy: (column: InitiativeColumn) => void } {
  const { viewParams, setViewParams } = useFilterState();
  const sort = parseInitiativeSort(viewParams.get('sort'), viewParams.get('dir'));
  const sortBy = (column: InitiativeColumn) => setViewParams(serializeInitiativeSort(nextInitiativeSort(sort, column)));
  return { sort, sortBy };
}
