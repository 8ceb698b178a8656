import type {
  Dataset,
  Initiative,
  Meeting,
  Organization,
  Participation,
  Person,
  Pillar,
  Sector,
} from '../data/dataset-schema';
import { translate, type Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages-en';
import type { BriefingScopeName } from '../i18n/messages-briefing-en';
import type { DropReason, Filters } from './filters';
import { initiativeYear, leadCountriesOf, type FilterIndexes } from './filter-indexes';
import { recordMatchesWords, toQueryWords } from './normalize-search-text';
import { pickText } from './pick-text';

/** The ids a URL may name, taken from the loaded dataset. */
export interface FilterVocabulary {
  countries: ReadonlySet<string>;
  pillars: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  series: ReadonlySet<string>;
  meetings: ReadonlySet<string>;
}

/**
 * What one filter keeps, record kind by record kind (a kind it does not name, it leaves whole). Every filter narrows
 * the others' records the same way: `applyFilters` keeps a record only when every set filter keeps it.
 */
export interface Narrowing {
  initiative?: (n: Initiative) => boolean;
  meeting?: (m: Meeting) => boolean;
  /** Meetings are kept only when a kept initiative is tied to them (the meetings that advanced a topic). */
  meetingsThroughInitiatives?: true;
  participation?: (p: Participation) => boolean;
  person?: (p: Person) => boolean;
  sector?: (s: Sector) => boolean;
  pillar?: (p: Pillar) => boolean;
  organization?: (o: Organization) => boolean;
}

export interface FilterTextContext {
  dataset: Dataset;
  locale: Locale;
}

/** One filter: its URL parameter and everything the app does with it. */
export interface FilterDefinition<K extends keyof Filters> {
  param: string;
  /** The values given for the parameter (in URL order) → the filter's value; what is refused is reported. */
  parse: (
    values: readonly string[],
    vocabulary: FilterVocabulary,
    drop: (value: string, reason: DropReason) => void,
  ) => Filters[K];
  /** The URL values, one per chip (a pillar each; one for a set single value; none when unset): counts and chips read them. */
  serialize: (value: Filters[K]) => string[];
  /** The filter's name on its chip ("Country"); the chip reads "Country: Mexico" (`filters.chip`, or `chip`). */
  label: MessageKey;
  chip?: MessageKey;
  /** How one URL value reads to a person (a pillar's name, the country's…); the value itself by default. */
  text?: (part: string, context: FilterTextContext) => string;
  /**
   * The briefing's scope line: a `briefing.scope.…` message (translated by the briefing, whose code loads those
   * messages) given the values' text as {value}; with several values, `scopeMany`. A function for a line of its own.
   */
  scope: BriefingScopeName | ((value: Filters[K], filters: Filters) => ScopeLine | null);
  scopeMany?: BriefingScopeName;
  /** What the filter keeps, or null when it is not set. Called once per filter change, not per record. */
  narrow: (value: Filters[K], indexes: FilterIndexes) => Narrowing | null;
}

export interface ScopeLine {
  message: BriefingScopeName;
  params: Record<string, string>;
}

export type FilterDefinitions = { [K in keyof Filters]: FilterDefinition<K> };

/** A URL repeating a parameter more than this is not a real link; the rest is dropped. */
const MAX_REPEATS = 50;
export const MAX_QUERY_LENGTH = 200;
const YEAR = /^\d{4}$/;

/** The name of the record with this id in one of the dataset's lists (the id itself if it has gone). */
const named =
  (list: (dataset: Dataset) => readonly { id: string; name: Dataset['dialogue']['name'] }[]) =>
  (id: string, { dataset, locale }: FilterTextContext) => {
    const found = list(dataset).find((r) => r.id === id);
    return found ? pickText(found.name, locale) : id;
  };

/** A parameter that takes one value: the first is kept, repeats are reported. */
function single(values: readonly string[], drop: (value: string, reason: DropReason) => void): string | null {
  values.slice(1).forEach((value) => drop(value, 'repeated'));
  return values[0] ?? null;
}

function oneId(
  known: (v: FilterVocabulary) => ReadonlySet<string>,
  normalise = (v: string) => v,
): FilterDefinition<'series'>['parse'] {
  return (values, vocabulary, drop) => {
    const raw = single(values, drop);
    if (raw === null) return null;
    if (known(vocabulary).has(normalise(raw))) return normalise(raw);
    drop(raw, 'unknown-id');
    return null;
  };
}

function idList(known: (v: FilterVocabulary) => ReadonlySet<string>): FilterDefinition<'pillars'>['parse'] {
  return (values, vocabulary, drop) => {
    const out: string[] = [];
    values.forEach((value, index) => {
      if (index >= MAX_REPEATS) drop(value, 'repeated');
      else if (!known(vocabulary).has(value)) drop(value, 'unknown-id');
      else if (out.includes(value)) drop(value, 'repeated');
      else out.push(value);
    });
    return out;
  };
}

const parseYear: FilterDefinition<'from'>['parse'] = (values, _vocabulary, drop) => {
  const raw = single(values, drop);
  if (raw === null) return null;
  const year = YEAR.test(raw) ? Number(raw) : NaN;
  if (year >= 1990 && year <= 2100) return year;
  drop(raw, 'invalid-value');
  return null;
};

const optional = (value: string | number | null) => (value === null ? [] : [String(value)]);
const list = (value: readonly string[]) => [...value];

/** The year an initiative belongs to is its own date's, else its earliest meeting's (`initiativeYear`). */
function yearNarrowing(test: (year: number) => boolean, indexes: FilterIndexes): Narrowing {
  const ok = (year: number | null) => year !== null && test(year);
  return {
    initiative: (n) => ok(initiativeYear(n, indexes.meetingDates)),
    meeting: (m) => ok(Number(m.date.slice(0, 4))),
  };
}

/**
 * The filter table. Adding a filter is one entry here (and its field in `Filters`); a field of `Filters` without an
 * entry fails to type-check (the type maps every key of `Filters` to its definition). The order of entries is the
 * order of parameters in every URL.
 */
export const FILTER_DEFINITIONS: FilterDefinitions = {
  country: {
    param: 'country',
    parse: oneId(
      (v) => v.countries,
      (v) => v.toUpperCase(),
    ),
    serialize: optional,
    label: 'filters.country',
    text: (code, { dataset, locale }) => {
      const country = dataset.dialogue.countries.find((c) => c.code === code);
      return country ? pickText(country.name, locale) : code;
    },
    scope: 'country',
    // People, delegations and organisations: that country's. Meetings: those where its delegation is recorded.
    // Initiatives: led by one of its organisations, jointly with the other side, or with no country's lead on record
    // (an initiative of a bilateral dialogue belongs to both sides unless a source says otherwise).
    narrow: (code, indexes) => {
      if (code === null) return null;
      const meetings = indexes.meetingsWithDelegation.get(code);
      return {
        initiative: (n) => {
          const leads = leadCountriesOf(n, indexes);
          return leads.size === 0 || leads.has(code);
        },
        meeting: (m) => meetings?.has(m.id) === true,
        participation: (p) => p.country === code,
        person: (p) => p.country === code,
        organization: (o) => o.country === code,
      };
    },
  },
  pillars: {
    param: 'pillar',
    parse: idList((v) => v.pillars),
    serialize: list,
    label: 'filters.pillar',
    text: named((d) => d.pillars),
    scope: 'pillar',
    scopeMany: 'pillars',
    narrow: (ids) => {
      if (ids.length === 0) return null;
      const set = new Set(ids);
      return {
        initiative: (n) => n.pillars.some((l) => set.has(l.pillar)),
        meetingsThroughInitiatives: true,
        sector: (s) => s.pillarLinks.some((l) => set.has(l.pillar)),
        pillar: (p) => set.has(p.id),
      };
    },
  },
  sectors: {
    param: 'sector',
    parse: idList((v) => v.sectors),
    serialize: list,
    label: 'filters.sector',
    text: named((d) => d.sectors),
    scope: 'sector',
    scopeMany: 'sectors',
    narrow: (ids, indexes) => {
      if (ids.length === 0) return null;
      const set = new Set(ids);
      const pillarsOfSectors = new Set(
        ids.flatMap((s) => indexes.sectorsById.get(s)?.pillarLinks.map((l) => l.pillar) ?? []),
      );
      return {
        initiative: (n) => n.sectors.some((s) => set.has(s)),
        meetingsThroughInitiatives: true,
        sector: (s) => set.has(s.id),
        pillar: (p) => pillarsOfSectors.has(p.id),
      };
    },
  },
  series: {
    param: 'series',
    parse: oneId((v) => v.series),
    serialize: optional,
    label: 'filters.series',
    text: named((d) => d.series),
    scope: 'series',
    narrow: (id) =>
      id === null
        ? null
        : { initiative: (n) => n.series === id, meeting: (m) => m.series === id, pillar: (p) => p.series === id },
  },
  meeting: {
    param: 'meeting',
    parse: oneId((v) => v.meetings),
    serialize: optional,
    label: 'filters.meeting',
    text: named((d) => d.meetings.map((m) => ({ id: m.id, name: m.title }))),
    scope: 'meeting',
    narrow: (id) =>
      id === null ? null : { initiative: (n) => n.meetings.some((m) => m.meeting === id), meeting: (m) => m.id === id },
  },
  from: {
    param: 'from',
    parse: parseYear,
    serialize: optional,
    label: 'filters.from',
    // With an end year, the range is written once, here.
    scope: (from, { to }): ScopeLine | null =>
      from === null
        ? null
        : to === null
          ? { message: 'from', params: { year: String(from) } }
          : { message: 'years', params: { from: String(from), to: String(to) } },
    narrow: (from, indexes) => (from === null ? null : yearNarrowing((year) => year >= from, indexes)),
  },
  to: {
    param: 'to',
    parse: parseYear,
    serialize: optional,
    label: 'filters.to',
    scope: (to, { from }): ScopeLine | null =>
      to === null || from !== null ? null : { message: 'to', params: { year: String(to) } },
    narrow: (to, indexes) => (to === null ? null : yearNarrowing((year) => year <= to, indexes)),
  },
  q: {
    param: 'q',
    parse: (values, _vocabulary, drop) => {
      const q = (single(values, drop) ?? '').trim();
      if (q.length <= MAX_QUERY_LENGTH) return q;
      drop(q, 'too-long');
      return q.slice(0, MAX_QUERY_LENGTH).trim();
    },
    serialize: (q) => (q.trim() === '' ? [] : [q.trim()]),
    label: 'filters.search',
    chip: 'filters.searchChip',
    scope: 'search',
    narrow: (q, indexes) => {
      const words = toQueryWords(q);
      if (words.length === 0) return null;
      const personMatches = (p: Person) => recordMatchesWords(p, words, () => [p.name]);
      return {
        initiative: (n) => recordMatchesWords(n, words, () => [n.name.en, n.name.es, n.summary.en, n.summary.es, n.id]),
        sector: (s) => recordMatchesWords(s, words, () => [s.name.en, s.name.es, s.description.en, s.description.es]),
        participation: (p) => {
          const person = indexes.peopleById.get(p.person);
          return person !== undefined && personMatches(person);
        },
        person: personMatches,
      };
    },
  },
};

/** The filters in URL order. */
export const FILTER_KEYS = Object.keys(FILTER_DEFINITIONS) as (keyof Filters)[];

/** The chips' entries of one filter (none when it is not set): its URL values. */
export function filterParts<K extends keyof Filters>(filters: Filters, key: K): readonly string[] {
  return FILTER_DEFINITIONS[key].serialize(filters[key]);
}

/** A chip's text, e.g. "Country: Mexico" (core messages only: chips are on the first screen). */
export function filterChip<K extends keyof Filters>(key: K, part: string, context: FilterTextContext): string {
  const definition = FILTER_DEFINITIONS[key];
  const value = definition.text?.(part, context) ?? part;
  const { locale } = context;
  return translate(locale, definition.chip ?? 'filters.chip', { name: translate(locale, definition.label), value });
}

/** A `Filters` built key by key from the table (the one place that puts the keys together). */
export function buildFilters(valueOf: <K extends keyof Filters>(key: K) => Filters[K]): Filters {
  const out: Partial<Record<keyof Filters, unknown>> = {};
  for (const key of FILTER_KEYS) out[key] = valueOf(key);
  return out as Filters;
}
