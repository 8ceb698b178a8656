/**
 * The URL filter contract (a public contract: permalinks must keep working).
 *
 *   country=US|MX  pillar=<id>…  sector=<id>…  series=<id>  meeting=<id>  from=YYYY  to=YYYY  q=<text>  lang=en|es
 *
 * Every filter is one row of `FILTER_DEFINITIONS` (filter-definitions.ts): its URL parameter, how it is parsed and
 * written, how many chips it makes and what they say, its briefing scope text and what it keeps. `parseFilters`,
 * `serializeFilters`, `countActiveFilters`, the chips, the briefing's scope and `applyFilters` all iterate that table.
 * `parseFilters` classifies every parameter as valid, invalid or missing; invalid ones are dropped and reported so
 * the interface can say so. `serializeFilters` leaves defaults out and writes parameters in the table's order, so
 * each view has exactly one URL. `parseFilters(serializeFilters(f)) = f` for every valid `f`.
 */
import {
  FILTER_DEFINITIONS,
  FILTER_KEYS,
  buildFilters,
  filterParts,
  type FilterVocabulary,
} from './filter-definitions';
import type { DatasetIdentity } from './dataset-identity';

export type Lang = 'en' | 'es';

export interface Filters {
  country: string | null;
  pillars: readonly string[];
  sectors: readonly string[];
  series: string | null;
  meeting: string | null;
  from: number | null;
  to: number | null;
  q: string;
}

export type { FilterVocabulary } from './filter-definitions';

export const EMPTY_FILTERS: Filters = {
  country: null,
  pillars: [],
  sectors: [],
  series: null,
  meeting: null,
  from: null,
  to: null,
  q: '',
};

export type DropReason =
  | 'unknown-parameter'
  | 'invalid-value'
  | 'unknown-id'
  | 'repeated'
  | 'too-long'
  | 'range'
  /** The link names another dataset (or another version of this one) than the one open. */
  | 'other-dataset';

export interface DroppedParam {
  param: string;
  value: string;
  reason: DropReason;
}

export interface ParsedFilters {
  filters: Filters;
  lang: Lang | null;
  /** The view's own parameters (`sort`, `dir`, `slide`) that passed their check. */
  view: ViewParams;
  dropped: DroppedParam[];
}

/**
 * Parameters owned by a view, not filters: the initiatives' and sources' `sort` and `dir`, the briefing's `slide`.
 * They go through the same check as the filters (a value outside its list is dropped with a notice); which view
 * reads them is the view's business, and a link keeps them when the reader moves to another page.
 */
export const OTHER_PARAMS = ['slide', 'sort', 'dir'] as const;
export type ViewParam = (typeof OTHER_PARAMS)[number];
export type ViewParams = ReadonlyMap<ViewParam, string>;

/** Every value `sort` may take on some view: the initiatives table's columns and the sources list's orders. */
export const SORT_VALUES: ReadonlySet<string> = new Set([
  'name',
  'pillars',
  'sectors',
  'meeting',
  'date',
  'leads',
  'status',
  'id',
  'publisher',
]);
/** The single-valued parameters that are not filters, and what each accepts. */
const CHECKED_PARAMS: Record<ViewParam | 'lang', (value: string) => boolean> = {
  lang: (value) => value === 'en' || value === 'es',
  // The deck itself clamps a number to its slides; anything but a number is not a slide.
  slide: (value) => /^\s*\d{1,9}\s*$/.test(value),
  sort: (value) => SORT_VALUES.has(value),
  dir: (value) => value === 'asc' || value === 'desc',
};

export { MAX_QUERY_LENGTH } from './filter-definitions';

const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/**
 * Reads a query string against the ids of the open dataset. `identity` is the open dataset's id and version when it
 * is a file the reader opened, null for the built-in data: a link made for another dataset is reported as such
 * (one notice) instead of as a list of ids that do not exist here.
 */
export function parseFilters(
  params: URLSearchParams,
  vocabulary: FilterVocabulary,
  identity: DatasetIdentity | null = null,
): ParsedFilters {
  const dropped: DroppedParam[] = [];
  const note = (param: string, value: string, reason: DropReason) =>
    dropped.push({ param, value: shorten(value), reason });
  const known = new Set<string>(['dataset', 'v']);
  const parsed = buildFilters((key) => {
    const { param, parse } = FILTER_DEFINITIONS[key];
    known.add(param);
    return parse(params.getAll(param), vocabulary, (value, reason) => note(param, value, reason));
  });
  // A reversed range is neither year: the reader meant something, but not this.
  if (parsed.from !== null && parsed.to !== null && parsed.from > parsed.to) {
    note('from', String(parsed.from), 'range');
    note('to', String(parsed.to), 'range');
    parsed.from = null;
    parsed.to = null;
  }

  // The language and the views' parameters (`slide`, `sort`, `dir`): one value each, from its list.
  const checked = new Map<ViewParam | 'lang', string>();
  for (const [name, accepts] of Object.entries(CHECKED_PARAMS) as [ViewParam | 'lang', (value: string) => boolean][]) {
    known.add(name);
    params.getAll(name).forEach((value, index) => {
      if (index > 0) note(name, value, 'repeated');
      else if (accepts(value)) checked.set(name, value);
      else note(name, value, 'invalid-value');
    });
  }
  const lang = (checked.get('lang') ?? null) as Lang | null;
  checked.delete('lang');
  const view: ViewParams = checked as Map<ViewParam, string>;

  const seenUnknown = new Set<string>();
  for (const [name, value] of params) {
    if (!known.has(name) && !seenUnknown.has(name)) {
      seenUnknown.add(name);
      note(name, value, 'unknown-parameter');
    }
  }

  const linkDataset = params.get('dataset');
  const linkVersion = params.get('v');
  const madeFor = linkDataset === null ? null : { id: linkDataset, version: linkVersion };
  // A link without a dataset on an opened file is the built-in data's: said only when its ids do not fit here.
  const otherDataset =
    !sameDataset(madeFor, identity) && (madeFor !== null || dropped.some((d) => d.reason === 'unknown-id'));
  if (otherDataset) {
    // Its ids belong to that other dataset: one plain notice says so, not one "does not exist" per id.
    const rest = dropped.filter((d) => d.reason !== 'unknown-id');
    const value =
      madeFor === null ? '' : shorten(madeFor.version === null ? madeFor.id : `${madeFor.id} ${madeFor.version}`);
    return { filters: parsed, lang, view, dropped: [{ param: 'dataset', value, reason: 'other-dataset' }, ...rest] };
  }
  return { filters: parsed, lang, view, dropped };
}

/**
 * Whether a link made for `madeFor` (null: the built-in data, whose links name no dataset) fits the open dataset
 * (`open`, null: the built-in data). A link without a version fits any version of its dataset.
 */
function sameDataset(madeFor: { id: string; version: string | null } | null, open: DatasetIdentity | null): boolean {
  if (madeFor === null || open === null) return madeFor === null && open === null;
  return madeFor.id === open.id && (madeFor.version === null || madeFor.version === (open.version ?? ''));
}

/**
 * Writes filters (and the language, when given) in the fixed parameter order, leaving defaults out. View parameters
 * (`slide`, `sort`, `dir`) follow from `view`; a dataset the reader opened adds its id and version last.
 */
export function serializeFilters(
  filters: Filters,
  lang: Lang | null = null,
  view?: ViewParams,
  identity: DatasetIdentity | null = null,
): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    filterParts(filters, key).forEach((value) => out.append(FILTER_DEFINITIONS[key].param, value));
  }
  if (lang !== null) out.append('lang', lang);
  if (view) {
    for (const name of OTHER_PARAMS) {
      const value = view.get(name);
      if (value !== undefined) out.append(name, value);
    }
  }
  if (identity !== null) {
    out.append('dataset', identity.id);
    if (identity.version !== undefined) out.append('v', identity.version);
  }
  return out;
}

/** How many chips the filters make (a pillar each, a sector each, one per other filter set). */
export function countActiveFilters(filters: Filters): number {
  let count = 0;
  for (const key of FILTER_KEYS) count += filterParts(filters, key).length;
  return count;
}
