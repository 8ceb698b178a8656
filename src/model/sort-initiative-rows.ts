import type { Locale } from '../i18n/locale';
import { INITIATIVE_COLUMNS, type InitiativeColumn, type InitiativeRow } from './to-initiative-rows';

type SortDirection = 'asc' | 'desc';

export interface InitiativeSort {
  column: InitiativeColumn;
  direction: SortDirection;
}

/** Newest first: what a reader of a dialogue's record usually wants to see first. */
const DEFAULT_INITIATIVE_SORT: InitiativeSort = { column: 'date', direction: 'desc' };

/** The direction a column starts in when first chosen: dates newest first, text A→Z. */
const firstDirection = (column: InitiativeColumn): SortDirection => (column === 'date' ? 'desc' : 'asc');

const isColumn = (value: string): value is InitiativeColumn => INITIATIVE_COLUMNS.some((c) => c === value);
const isDirection = (value: string | undefined): value is SortDirection => value === 'asc' || value === 'desc';

/**
 * Reads the `sort` and `dir` URL parameters. An unknown column falls back to the default (date, newest first);
 * a known column with a missing or unknown direction starts in its first direction.
 */
export function parseInitiativeSort(sort: string | undefined, dir: string | undefined): InitiativeSort {
  if (sort === undefined) {
    return isDirection(dir) ? { column: DEFAULT_INITIATIVE_SORT.column, direction: dir } : DEFAULT_INITIATIVE_SORT;
  }
  if (!isColumn(sort)) return DEFAULT_INITIATIVE_SORT;
  return { column: sort, direction: isDirection(dir) ? dir : firstDirection(sort) };
}

/** The URL parameters for a sort; both are left out for the default, so the default view has one URL. */
export function serializeInitiativeSort(sort: InitiativeSort): { sort: string | null; dir: string | null } {
  const isDefault =
    sort.column === DEFAULT_INITIATIVE_SORT.column && sort.direction === DEFAULT_INITIATIVE_SORT.direction;
  return isDefault ? { sort: null, dir: null } : { sort: sort.column, dir: sort.direction };
}

/** Clicking a column header: the same column flips direction, another column starts in its first direction. */
export function nextInitiativeSort(current: InitiativeSort, column: InitiativeColumn): InitiativeSort {
  if (current.column !== column) return { column, direction: firstDirection(column) };
  return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/**
 * The rows in the chosen order, as a new array. Rows with nothing to sort by (undated, no pillar, …) go last in
 * either direction; ties keep their incoming order (Array.prototype.sort is stable since ES2019).
 */
export function sortInitiativeRows(
  rows: readonly InitiativeRow[],
  sort: InitiativeSort,
  locale: Locale,
): InitiativeRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.sortKeys[sort.column];
    const y = b.sortKeys[sort.column];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * compareKeys(x, y, CHRONOLOGICAL.has(sort.column), collator);
  });
}

const CHRONOLOGICAL: ReadonlySet<InitiativeColumn> = new Set(['date', 'meeting']);

function compareKeys(x: string | number, y: string | number, chronological: boolean, collator: Intl.Collator): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const a = String(x);
  const b = String(y);
  // Dates are ISO strings, so code-point order is chronological; a year ("2016") sorts before its days.
  if (chronological) return a < b ? -1 : a > b ? 1 : 0;
  return collator.compare(a, b);
}
