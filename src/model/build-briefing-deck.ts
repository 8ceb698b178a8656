import '../i18n/pack-briefing';
import type { Citation, Dataset, LocalizedText, Source } from '../data/dataset-schema';
import { formatPartialDate } from '../i18n/format';
import { translate, type Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages-en';
import type { Filters } from './filters';
import { FILTER_DEFINITIONS, FILTER_KEYS, type FilterTextContext, type ScopeLine } from './filter-definitions';
import { pickText } from './pick-text';
import { selectLatestMinisterial } from './select-latest-ministerial';
import { selectMeetingDelegation } from './select-meeting-delegation';

/** Items per slide: what fits a 16:9 slide at a size a room can read. */
export const PILLARS_PER_SLIDE = 8;
export const INITIATIVES_PER_SLIDE = 8;
export const SOURCES_PER_SLIDE = 12;

interface SlideBase {
  /** Stable within a deck, e.g. "initiatives-2". */
  id: string;
  title: string;
  /** Speaker notes, plain text. */
  notes: string;
  /** Source ids the slide cites, in id order. */
  sourceIds: string[];
}

export interface Paging {
  page: number;
  pages: number;
}

export interface DelegationCountry {
  code: string;
  name: LocalizedText;
  chairs: { id: string; name: string; title: LocalizedText }[];
  memberCount: number;
}

export type BriefingSlide =
  | (SlideBase & { kind: 'title'; dialogueName: LocalizedText; scope: string; generated: string })
  | (SlideBase & { kind: 'figures'; figures: { label: string; value: number }[] })
  | (SlideBase & Paging & { kind: 'pillars'; pillars: { id: string; name: LocalizedText; summary: LocalizedText }[] })
  | (SlideBase & { kind: 'sectors' })
  | (SlideBase & {
      kind: 'delegations';
      meeting: { id: string; title: LocalizedText; date: string; city: string | null } | null;
      countries: DelegationCountry[];
    })
  | (SlideBase &
      Paging & { kind: 'initiatives'; initiatives: { id: string; name: LocalizedText; summary: LocalizedText; date: string | null }[] })
  | (SlideBase & { kind: 'timeline' })
  | (SlideBase & Paging & { kind: 'sources'; sources: Source[] });

export type BriefingSlideKind = BriefingSlide['kind'];

export interface BriefingDeckInput {
  /** The dataset as the filters narrow it. */
  filtered: Dataset;
  /** The whole dataset, for names the filters refer to. */
  dataset: Dataset;
  filters: Filters;
  locale: Locale;
  /** The day the deck is generated, `YYYY-MM-DD`. */
  generated: string;
}

// One collator for every comparison: `localeCompare` with a locale builds one per call, and sorting a 100× deck's
// thousands of source ids that way took over half a second.
const ID_ORDER = new Intl.Collator('en', { numeric: true });
const byId = (a: string, b: string) => ID_ORDER.compare(a, b);

type IdOrder = (a: string, b: string) => number;

/**
 * The dataset's source ids in id order, as a comparison of ranks, sorted once per dataset: a filter change builds
 * the deck again, and a 100× deck sorts the ids of hundreds of slides. An id not in the list (none, once the
 * dataset is validated) sorts after them all, by the collator.
 */
const orderCache = new WeakMap<readonly { id: string }[], IdOrder>();
function sourceIdOrder(sources: readonly { id: string }[]): IdOrder {
  const cached = orderCache.get(sources);
  if (cached !== undefined) return cached;
  const rank = new Map(
    sources
      .map((s) => s.id)
      .sort(byId)
      .map((id, index) => [id, index]),
  );
  const order: IdOrder = (a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    return ra !== undefined ? -1 : rb !== undefined ? 1 : byId(a, b);
  };
  orderCache.set(sources, order);
  return order;
}

/** Unique source ids cited by the records, in id order (S2 before S10); `order` compares two ids. */
export function collectSourceIds(
  records: readonly { readonly citations: readonly Citation[] }[],
  order: IdOrder = byId,
): string[] {
  return [...new Set(records.flatMap((r) => r.citations.map((c) => c.source)))].sort(order);
}

/** Splits items into pages of `size`; an empty list still makes one (empty) page. */
function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length === 0 ? [[]] : pages;
}

/** The briefing's scope line of one filter, or null when it adds nothing. */
function filterScope<K extends keyof Filters>(filters: Filters, key: K, context: FilterTextContext): ScopeLine | null {
  const definition = FILTER_DEFINITIONS[key];
  if (typeof definition.scope === 'function') return definition.scope(filters[key], filters);
  const parts = definition.serialize(filters[key]);
  if (parts.length === 0) return null;
  const value = parts.map((part) => definition.text?.(part, context) ?? part).join(', ');
  return { message: parts.length > 1 ? (definition.scopeMany ?? definition.scope) : definition.scope, params: { value } };
}

/** The filters in words: "Country: Mexico · Pillar: Building Back Together", or "All meetings, both countries". */
export function describeScope(filters: Filters, dataset: Dataset, locale: Locale): string {
  const parts = FILTER_KEYS.flatMap((key) => {
    const line = filterScope(filters, key, { dataset, locale });
    return line === null ? [] : [translate(locale, `briefing.scope.${line.message}`, line.params)];
  });
  return parts.length === 0 ? translate(locale, 'briefing.scope.all') : parts.join(' · ');
}

/**
 * The briefing deck for the current filters, slide by slide: title, key figures, pillars, sectors (chart),
 * delegations, initiatives, timeline (chart), then the sources every other slide cites. Pure: the same input
 * always gives the same deck, so the deck, its print and its permalinks agree.
 */
export function buildBriefingDeck({ filtered, dataset, filters, locale, generated }: BriefingDeckInput): BriefingSlide[] {
  const order = sourceIdOrder(dataset.sources);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const paged = (key: MessageKey, page: number, pages: number) =>
    pages > 1 ? t('briefing.page', { title: t(key), page, pages }) : t(key);
  const scope = describeScope(filters, dataset, locale);
  const date = formatPartialDate(generated, locale);
  const dialogueName = pickText(dataset.dialogue.name, locale);

  const slides: BriefingSlide[] = [
    {
      id: 'title',
      kind: 'title',
      title: dialogueName,
      dialogueName: dataset.dialogue.name,
      scope,
      generated: date,
      notes: t('briefing.notes.title', { dialogue: dialogueName, date, scope }),
      sourceIds: collectSourceIds([dataset.dialogue], order),
    },
    {
      id: 'figures',
      kind: 'figures',
      title: t('briefing.slide.figures'),
      figures: [
        { label: t('overview.stat.meetings'), value: filtered.meetings.length },
        { label: t('overview.stat.pillars'), value: filtered.pillars.length },
        { label: t('overview.stat.sectors'), value: filtered.sectors.length },
        { label: t('overview.stat.initiatives'), value: filtered.initiatives.length },
        { label: t('overview.stat.people'), value: filtered.people.length },
      ],
      notes: t('briefing.notes.figures', {
        meetings: filtered.meetings.length,
        pillars: filtered.pillars.length,
        sectors: filtered.sectors.length,
        initiatives: filtered.initiatives.length,
        people: filtered.people.length,
      }),
      sourceIds: [],
    },
  ];

  const pillarPages = paginate(filtered.pillars, PILLARS_PER_SLIDE);
  pillarPages.forEach((pillars, index) => {
    const first = index * PILLARS_PER_SLIDE + 1;
    slides.push({
      id: `pillars-${index + 1}`,
      kind: 'pillars',
      title: paged('briefing.slide.pillars', index + 1, pillarPages.length),
      page: index + 1,
      pages: pillarPages.length,
      pillars: pillars.map((p) => ({ id: p.id, name: p.name, summary: p.summary })),
      notes:
        pillars.length === 0
          ? t('briefing.empty.pillars')
          : t('briefing.notes.pillars', {
              first,
              last: first + pillars.length - 1,
              total: filtered.pillars.length,
              names: pillars.map((p) => pickText(p.name, locale)).join('; '),
            }),
      sourceIds: collectSourceIds(pillars, order),
    });
  });

  const pillarsInScope = new Set(filtered.pillars.map((p) => p.id));
  const sectorsInScope = new Set(filtered.sectors.map((s) => s.id));
  slides.push({
    id: 'sectors',
    kind: 'sectors',
    title: t('briefing.slide.sectors'),
    notes: t('briefing.notes.sectors', { count: filtered.sectors.length }),
    sourceIds: collectSourceIds(
      [
        ...filtered.sectors,
        ...filtered.sectors.flatMap((s) => s.pillarLinks.filter((l) => pillarsInScope.has(l.pillar))),
        ...filtered.initiatives.filter((n) => n.sectors.some((s) => sectorsInScope.has(s))),
      ],
      order,
    ),
  });

  slides.push(buildDelegationSlide(filtered, dataset, locale));

  const initiativePages = paginate(filtered.initiatives, INITIATIVES_PER_SLIDE);
  initiativePages.forEach((initiatives, index) => {
    const first = index * INITIATIVES_PER_SLIDE + 1;
    slides.push({
      id: `initiatives-${index + 1}`,
      kind: 'initiatives',
      title: paged('briefing.slide.initiatives', index + 1, initiativePages.length),
      page: index + 1,
      pages: initiativePages.length,
      initiatives: initiatives.map((n) => ({ id: n.id, name: n.name, summary: n.summary, date: n.date })),
      notes:
        initiatives.length === 0
          ? t('briefing.notes.noInitiatives')
          : t('briefing.notes.initiatives', {
              first,
              last: first + initiatives.length - 1,
              total: filtered.initiatives.length,
              names: initiatives.map((n) => pickText(n.name, locale)).join('; '),
            }),
      sourceIds: collectSourceIds(initiatives, order),
    });
  });

  slides.push({
    id: 'timeline',
    kind: 'timeline',
    title: t('briefing.slide.timeline'),
    notes: t('briefing.notes.timeline', { count: filtered.meetings.length }),
    sourceIds: collectSourceIds(filtered.meetings, order),
  });

  const cited = [...new Set(slides.flatMap((s) => s.sourceIds))].sort(order);
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const sources = cited.flatMap((id) => sourceById.get(id) ?? []);
  const sourcePages = paginate(sources, SOURCES_PER_SLIDE);
  sourcePages.forEach((page, index) => {
    const first = index * SOURCES_PER_SLIDE + 1;
    slides.push({
      id: `sources-${index + 1}`,
      kind: 'sources',
      title: paged('briefing.slide.sources', index + 1, sourcePages.length),
      page: index + 1,
      pages: sourcePages.length,
      sources: page,
      notes:
        page.length === 0
          ? t('briefing.empty.sources')
          : t('briefing.notes.sources', { first, last: first + page.length - 1, total: sources.length }),
      sourceIds: [],
    });
  });
  return slides;
}

/** The latest annual ministerial in scope and who chaired for each country. */
function buildDelegationSlide(filtered: Dataset, dataset: Dataset, locale: Locale): BriefingSlide {
  const order = sourceIdOrder(dataset.sources);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const latest = selectLatestMinisterial(filtered.meetings);
  const base = { id: 'delegations', kind: 'delegations', title: t('briefing.slide.delegations') } as const;
  if (latest === undefined) {
    return { ...base, meeting: null, countries: [], notes: t('briefing.notes.noDelegations'), sourceIds: [] };
  }
  const delegations = selectMeetingDelegation(dataset, latest.id, filtered.participations);
  const countries = delegations.map((d): DelegationCountry => {
    const country = dataset.dialogue.countries.find((c) => c.code === d.country);
    return {
      code: d.country,
      name: country?.name ?? { en: d.country },
      chairs: d.chairs.map((r) => ({
        id: r.participation.id,
        name: r.person?.name ?? r.participation.person,
        title: r.participation.title,
      })),
      memberCount: d.members.length,
    };
  });
  const chairs = countries
    .map((c) => `${pickText(c.name, locale)} — ${c.chairs.map((p) => p.name).join(', ')}`)
    .join('; ');
  return {
    ...base,
    meeting: { id: latest.id, title: latest.title, date: latest.date, city: latest.city },
    countries,
    notes: t('briefing.notes.delegations', {
      meeting: pickText(latest.title, locale),
      date: formatPartialDate(latest.date, locale),
      chairs,
    }),
    sourceIds: collectSourceIds([latest, ...delegations.flatMap((d) => d.chairs.map((r) => r.participation))], order),
  };
}
