import type { Citation, Dataset, LocalizedText, Meeting, Pillar, Sector } from '../../data/dataset-schema';
import type { Locale } from '../../i18n/locale';
import type { Filters } from '../filters';
import { formatPartialDate } from '../../i18n/format';
import { pickText } from '../pick-text';
import type { Translate } from './briefing-slide';
import { sourceIdSorter, type SortIds } from './source-id-order';

/** What the deck is about, read from the filters: one meeting, one pillar, one sector, one country, or the rest. */
type DeckScope =
  | { kind: 'meeting'; meeting: Meeting }
  | { kind: 'pillar'; pillar: Pillar }
  | { kind: 'sector'; sector: Sector }
  | { kind: 'country'; country: string }
  | { kind: 'general' };

export interface DeckInput {
  /** The dataset as the filters narrow it (applyFilters: the one definition of what each filter keeps). */
  filtered: Dataset;
  /** The whole dataset, for names the filters refer to and the previous meeting. */
  dataset: Dataset;
  filters: Filters;
  locale: Locale;
  t: Translate;
  /** The day the deck is generated, `YYYY-MM-DD`. */
  generated: string;
}

/** Everything a slide builder reads: the input, the scope, and a few shared helpers. */
export interface DeckContext extends DeckInput {
  scope: DeckScope;
  text: (value: LocalizedText) => string;
  sortIds: SortIds;
  /** A dataset date in the deck's language, as formatPartialDate writes it. */
  date: (value: string, month?: 'long' | 'short') => string;
  /** Unique source ids the records cite, in id order. */
  cites: (records: readonly { readonly citations: readonly Citation[] }[]) => string[];
}

function selectDeckScope(filters: Filters, dataset: Dataset): DeckScope {
  const meeting = filters.meeting === null ? undefined : dataset.meetings.find((m) => m.id === filters.meeting);
  if (meeting !== undefined) return { kind: 'meeting', meeting };
  const onePillar = filters.pillars.length === 1 && filters.sectors.length === 0;
  const pillar = onePillar ? dataset.pillars.find((p) => p.id === filters.pillars[0]) : undefined;
  if (pillar !== undefined) return { kind: 'pillar', pillar };
  const oneSector = filters.sectors.length === 1 && filters.pillars.length === 0;
  const sector = oneSector ? dataset.sectors.find((s) => s.id === filters.sectors[0]) : undefined;
  if (sector !== undefined) return { kind: 'sector', sector };
  if (filters.country !== null && filters.pillars.length === 0 && filters.sectors.length === 0) {
    return { kind: 'country', country: filters.country };
  }
  return { kind: 'general' };
}

// Dates written once each: a 100× deck writes the same few thousand dates over and over (a third of its build).
const writtenDates = new Map<string, string>();
function writeDate(value: string, locale: Locale, month: 'long' | 'short'): string {
  const key = `${locale}|${month}|${value}`;
  let written = writtenDates.get(key);
  if (written === undefined) {
    written = formatPartialDate(value, locale, month);
    writtenDates.set(key, written);
  }
  return written;
}

export function createDeckContext(input: DeckInput): DeckContext {
  const sortIds = sourceIdSorter(input.dataset.sources);
  return {
    ...input,
    scope: selectDeckScope(input.filters, input.dataset),
    text: (value) => pickText(value, input.locale),
    sortIds,
    date: (value, month = 'long') => writeDate(value, input.locale, month),
    cites: (records) => sortIds(records.flatMap((r) => r.citations.map((c) => c.source))),
  };
}
