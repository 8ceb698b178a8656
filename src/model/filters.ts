/**
 * The URL filter contract (a public contract: permalinks must keep working).
 *
 *   country=US|MX  pillar=<id>…  sector=<id>…  series=<id>  meeting=<id>  from=YYYY  to=YYYY  q=<text>  lang=en|es
 *
 * `parseFilters` classifies every parameter as valid, invalid or missing; invalid ones are dropped and reported so
 * the interface can say so. `serializeFilters` leaves defaults out and writes parameters in this fixed order, so each
 * view has exactly one URL. `parseFilters(serializeFilters(f)) = f` for every valid `f`.
 */

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

/** The ids a URL may name, taken from the loaded dataset. */
export interface FilterVocabulary {
  countries: ReadonlySet<string>;
  pillars: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  series: ReadonlySet<string>;
  meetings: ReadonlySet<string>;
}

export type DropReason = 'unknown-parameter' | 'invalid-value' | 'unknown-id' | 'repeated' | 'too-long' | 'range';

export interface DroppedParam {
  param: string;
  value: string;
  reason: DropReason;
}

export interface ParsedFilters {
  filters: Filters;
  lang: Lang | null;
  dropped: DroppedParam[];
}

export const FILTER_PARAMS = ['country', 'pillar', 'sector', 'series', 'meeting', 'from', 'to', 'q', 'lang'] as const;
/** Parameters owned by other parts of the app (e.g. the briefing's slide number): kept, not filters. */
export const OTHER_PARAMS = ['slide', 'sort', 'dir'] as const;

export const MAX_QUERY_LENGTH = 200;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
/** A URL repeating a parameter more than this is not a real link; the rest is dropped. */
const MAX_REPEATS = 50;

const YEAR = /^\d{4}$/;

function parseYear(value: string): number | null {
  if (!YEAR.test(value)) return null;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

export function parseFilters(params: URLSearchParams, vocabulary: FilterVocabulary): ParsedFilters {
  const dropped: DroppedParam[] = [];
  const drop = (param: string, value: string, reason: DropReason) => dropped.push({ param, value: shorten(value), reason });

  const single = (name: string): string | null => {
    const values = params.getAll(name);
    values.slice(1).forEach((value) => drop(name, value, 'repeated'));
    return values[0] ?? null;
  };

  const idList = (name: string, known: ReadonlySet<string>): string[] => {
    const out: string[] = [];
    params.getAll(name).forEach((value, index) => {
      if (index >= MAX_REPEATS) drop(name, value, 'repeated');
      else if (!known.has(value)) drop(name, value, 'unknown-id');
      else if (out.includes(value)) drop(name, value, 'repeated');
      else out.push(value);
    });
    return out;
  };

  const oneId = (name: string, known: ReadonlySet<string>, normalise = (v: string) => v): string | null => {
    const raw = single(name);
    if (raw === null) return null;
    const value = normalise(raw);
    if (known.has(value)) return value;
    drop(name, raw, 'unknown-id');
    return null;
  };

  const country = oneId('country', vocabulary.countries, (v) => v.toUpperCase());
  const pillars = idList('pillar', vocabulary.pillars);
  const sectors = idList('sector', vocabulary.sectors);
  const series = oneId('series', vocabulary.series);
  const meeting = oneId('meeting', vocabulary.meetings);

  const year = (name: 'from' | 'to'): number | null => {
    const raw = single(name);
    if (raw === null) return null;
    const parsed = parseYear(raw);
    if (parsed === null) drop(name, raw, 'invalid-value');
    return parsed;
  };
  let from = year('from');
  let to = year('to');
  if (from !== null && to !== null && from > to) {
    drop('from', String(from), 'range');
    drop('to', String(to), 'range');
    from = null;
    to = null;
  }

  let q = (single('q') ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    drop('q', q, 'too-long');
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
  }

  const rawLang = single('lang');
  let lang: Lang | null = null;
  if (rawLang === 'en' || rawLang === 'es') lang = rawLang;
  else if (rawLang !== null) drop('lang', rawLang, 'invalid-value');

  const known = new Set<string>([...FILTER_PARAMS, ...OTHER_PARAMS]);
  const seenUnknown = new Set<string>();
  for (const [name, value] of params) {
    if (!known.has(name) && !seenUnknown.has(name)) {
      seenUnknown.add(name);
      drop(name, value, 'unknown-parameter');
    }
  }

  return { filters: { country, pillars, sectors, series, meeting, from, to, q }, lang, dropped };
}

/**
 * Writes filters (and the language, when given) in the fixed parameter order, leaving defaults out.
 * Other parameters in `keep` (e.g. `slide`) are appended unchanged.
 */
export function serializeFilters(filters: Filters, lang: Lang | null = null, keep?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.country !== null) out.append('country', filters.country);
  filters.pillars.forEach((p) => out.append('pillar', p));
  filters.sectors.forEach((s) => out.append('sector', s));
  if (filters.series !== null) out.append('series', filters.series);
  if (filters.meeting !== null) out.append('meeting', filters.meeting);
  if (filters.from !== null) out.append('from', String(filters.from));
  if (filters.to !== null) out.append('to', String(filters.to));
  if (filters.q.trim() !== '') out.append('q', filters.q.trim());
  if (lang !== null) out.append('lang', lang);
  if (keep) {
    for (const name of OTHER_PARAMS) keep.getAll(name).forEach((value) => out.append(name, value));
  }
  return out;
}

export function countActiveFilters(filters: Filters): number {
  return (
    (filters.country !== null ? 1 : 0) +
    filters.pillars.length +
    filters.sectors.length +
    (filters.series !== null ? 1 : 0) +
    (filters.meeting !== null ? 1 : 0) +
    (filters.from !== null ? 1 : 0) +
    (filters.to !== null ? 1 : 0) +
    (filters.q.trim() !== '' ? 1 : 0)
  );
}

/** The filters with a pillar added, or removed if it was there (the pillar toggles in tables and cards). */
export function withPillarToggled(filters: Filters, pillarId: string): Filters {
  const pillars = filters.pillars.includes(pillarId)
    ? filters.pillars.filter((p) => p !== pillarId)
    : [...filters.pillars, pillarId];
  return { ...filters, pillars };
}
