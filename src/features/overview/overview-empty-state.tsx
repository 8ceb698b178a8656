import { useFilterState } from '../../components/filter-state';
import { EmptyState } from '../../components/empty-state';

/** The overview's explained empty state, once the filters leave no initiative, person or meeting (else nothing). */
export function OverviewEmptyState() {
  const { filtered } = useFilterState();
  const empty = filtered.initiatives.length + filtered.people.length + filtered.meetings.length === 0;
  return empty ? <EmptyState aspect="overview" /> : null;
}
