/**
 * The scripted session of filter changes the latency benchmark replays on each route: the same sequence a person
 * exploring would make (pick a country, add a pillar, add a sector, narrow the years, remove a chip, switch
 * country, clear all), with the query string each step must leave behind so the driver can check it took effect.
 */

/** The filter bar's controls, by the URL parameter they write. */
export type FilterControl = 'country' | 'pillar' | 'sector' | 'series' | 'from';

export type FilterStep =
  | { action: 'select'; control: FilterControl; value: string; expected: ExpectedQuery }
  | { action: 'remove-last-chip'; expected: ExpectedQuery }
  | { action: 'clear-all'; expected: ExpectedQuery };

/** Filter parameters and their values (sorted) as the URL must show them after the step. */
export type ExpectedQuery = Record<string, string[]>;

export interface FilterChoices {
  countries: readonly string[];
  pillars: readonly string[];
  sectors: readonly string[];
  series: readonly string[];
  years: readonly string[];
}

/** The parameters the filter bar writes, in the order its chips are shown (the last chip is the last of these). */
const FILTER_PARAMS = ['country', 'pillar', 'sector', 'series', 'meeting', 'from', 'to', 'q'] as const;

interface State {
  country: string | null;
  pillar: string[];
  sector: string[];
  series: string | null;
  from: string | null;
}

const emptyState = (): State => ({ country: null, pillar: [], sector: [], series: null, from: null });

function toExpected(state: State): ExpectedQuery {
  const query: ExpectedQuery = {};
  if (state.country !== null) query.country = [state.country];
  if (state.pillar.length > 0) query.pillar = [...state.pillar].sort();
  if (state.sector.length > 0) query.sector = [...state.sector].sort();
  if (state.series !== null) query.series = [state.series];
  if (state.from !== null) query.from = [state.from];
  return query;
}

function removeLastChip(state: State): State {
  if (state.from !== null) return { ...state, from: null };
  if (state.series !== null) return { ...state, series: null };
  if (state.sector.length > 0) return { ...state, sector: state.sector.slice(0, -1) };
  if (state.pillar.length > 0) return { ...state, pillar: state.pillar.slice(0, -1) };
  return { ...state, country: null };
}

const pick = (list: readonly string[], i: number): string => {
  if (list.length === 0) throw new Error('a filter has no choices');
  return list[i % list.length] as string;
};

/** At least `count` steps (whole cycles of seven), deterministic for the same choices. */
export function planFilterSteps(choices: FilterChoices, count: number): FilterStep[] {
  const steps: FilterStep[] = [];
  let state = emptyState();
  for (let cycle = 0; steps.length < count; cycle += 1) {
    const country = pick(choices.countries, cycle);
    const otherCountry = choices.countries.length > 1 ? pick(choices.countries, cycle + 1) : null;
    const select = (control: FilterControl, value: string, next: State) => {
      state = next;
      steps.push({ action: 'select', control, value, expected: toExpected(state) });
    };
    select('country', country, { ...state, country });
    select('pillar', pick(choices.pillars, cycle), {
      ...state,
      pillar: [...state.pillar, pick(choices.pillars, cycle)],
    });
    select('sector', pick(choices.sectors, cycle), {
      ...state,
      sector: [...state.sector, pick(choices.sectors, cycle)],
    });
    select('from', pick(choices.years, cycle), { ...state, from: pick(choices.years, cycle) });
    state = removeLastChip(state);
    steps.push({ action: 'remove-last-chip', expected: toExpected(state) });
    if (otherCountry !== null) select('country', otherCountry, { ...state, country: otherCountry });
    else select('series', pick(choices.series, cycle), { ...state, series: pick(choices.series, cycle) });
    state = emptyState();
    steps.push({ action: 'clear-all', expected: toExpected(state) });
  }
  return steps;
}

/** The filter parameters of a query string, in the shape of ExpectedQuery (values sorted). */
export function readFilterQuery(search: string): ExpectedQuery {
  const params = new URLSearchParams(search);
  const query: ExpectedQuery = {};
  for (const name of FILTER_PARAMS) {
    const values = params.getAll(name);
    if (values.length > 0) query[name] = [...values].sort();
  }
  return query;
}

/** True when the URL's filter parameters are exactly the expected ones. */
export function queryMatches(search: string, expected: ExpectedQuery): boolean {
  const actual = readFilterQuery(search);
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  return [...keys].every((k) => JSON.stringify(actual[k] ?? []) === JSON.stringify(expected[k] ?? []));
}
