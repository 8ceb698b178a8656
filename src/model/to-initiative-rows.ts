import type { Dataset, Initiative, LocalizedText, Meeting } from '../data/dataset-schema';
import { formatPartialDate } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { initiativeYear } from './apply-filters';
import { pickText } from './pick-text';
import { indexById } from './record-indexes';
import { createIdentityCache, type IdentityCache } from './identity-cache';

/** The sortable columns of the initiatives table, in display order; also the values of the `sort` URL parameter. */
export const INITIATIVE_COLUMNS = ['name', 'pillars', 'sectors', 'meeting', 'date', 'leads', 'status'] as const;
export type InitiativeColumn = (typeof INITIATIVE_COLUMNS)[number];

type InitiativeStatus = NonNullable<Initiative['status']>['value'];

/** Lifecycle order, so that sorting by status reads planned → completed rather than alphabetically. */
const STATUS_ORDER: readonly InitiativeStatus[] = ['planned', 'agreed', 'in-progress', 'completed'];

/** Dataset text in the active language, with the language it is really in (English when Spanish is missing). */
export interface RowText {
  text: string;
  lang: Locale;
}

export interface InitiativeRow {
  id: string;
  name: RowText;
  pillars: { id: string; label: RowText; basis: 'stated' | 'inferred' }[];
  sectors: { id: string; label: RowText }[];
  /** The earliest meeting the initiative is tied to. */
  firstMeeting: { id: string; date: string; title: RowText } | null;
  /** Its own date at the precision given, else (`fromMeeting`) the year of its earliest meeting. */
  date: { value: string; label: string; fromMeeting: boolean } | null;
  /** `label` is the abbreviation when there is one; `name` is always the full name. */
  leads: { id: string; label: string; name: RowText }[];
  status: InitiativeStatus | null;
  /** `null` means "nothing to sort by": such rows go last in either direction. */
  sortKeys: Record<InitiativeColumn, string | number | null>;
}

const joined = (labels: readonly string[]): string | null => (labels.length === 0 ? null : labels.join(', '));

/** Rows already built, per whole dataset and language: a row depends only on its initiative and the whole dataset. */
const rowCaches = createIdentityCache<Dataset, Partial<Record<Locale, IdentityCache<Initiative, InitiativeRow>>>>();

/**
 * One table row per initiative of the filtered dataset, in its order. Pillars, sectors, meetings and organisations
 * are looked up in the whole dataset, because the filters also narrow those lists. Each row is built once per
 * dataset and language and reused after, so a filter change costs a lookup per row and hands back the same row
 * objects (memoised table rows then skip re-rendering).
 */
export function toInitiativeRows(filtered: Dataset, dataset: Dataset, locale: Locale): InitiativeRow[] {
  const perLocale = rowCaches.get(dataset, () => ({}));
  const cache = (perLocale[locale] ??= createIdentityCache());
  let build: ((initiative: Initiative) => InitiativeRow) | undefined;
  return filtered.initiatives.map((initiative) =>
    cache.get(initiative, () => {
      build ??= rowBuilder(dataset, locale);
      return build(initiative);
    }),
  );
}

function rowBuilder(dataset: Dataset, locale: Locale): (initiative: Initiative) => InitiativeRow {
  const rowText = (value: LocalizedText): RowText => ({
    text: pickText(value, locale),
    lang: locale === 'es' && value.es === undefined ? 'en' : locale,
  });
  const pillars = indexById(dataset.pillars);
  const sectors = indexById(dataset.sectors);
  const meetings = indexById(dataset.meetings);
  const organizations = indexById(dataset.organizations);
  const meetingDates = new Map(dataset.meetings.map((m) => [m.id, m.date]));
  // One Intl formatter call per distinct date rather than per row (formatting dominated building 4,000 rows).
  const dateLabels = new Map<string, string>();
  const dateLabel = (value: string) => {
    let label = dateLabels.get(value);
    if (label === undefined) {
      label = formatPartialDate(value, locale, 'short');
      dateLabels.set(value, label);
    }
    return label;
  };

  return (initiative) => {
    const name = rowText(initiative.name);
    const rowPillars = initiative.pillars.map((link) => {
      const pillar = pillars.get(link.pillar);
      return {
        id: link.pillar,
        label: pillar ? rowText(pillar.name) : { text: link.pillar, lang: locale },
        basis: link.basis,
      };
    });
    const rowSectors = initiative.sectors.map((id) => {
      const sector = sectors.get(id);
      return { id, label: sector ? rowText(sector.name) : { text: id, lang: locale } };
    });
    const first = initiative.meetings
      .map((m) => meetings.get(m.meeting))
      .reduce<Meeting | undefined>(
        (earliest, m) => (m !== undefined && (earliest === undefined || m.date < earliest.date) ? m : earliest),
        undefined,
      );
    const firstMeeting = first ? { id: first.id, date: first.date, title: rowText(first.title) } : null;
    const year = initiativeYear(initiative, meetingDates);
    const date =
      initiative.date !== null
        ? { value: initiative.date, label: dateLabel(initiative.date), fromMeeting: false }
        : year !== null
          ? { value: String(year), label: String(year), fromMeeting: true }
          : null;
    const leads = initiative.leadOrganizations.map((id) => {
      const org = organizations.get(id);
      const full = org ? rowText(org.name) : { text: id, lang: locale };
      return { id, label: org?.abbreviation ?? full.text, name: full };
    });
    const status = initiative.status?.value ?? null;

    return {
      id: initiative.id,
      name,
      pillars: rowPillars,
      sectors: rowSectors,
      firstMeeting,
      date,
      leads,
      status,
      sortKeys: {
        name: name.text,
        pillars: joined(rowPillars.map((p) => p.label.text)),
        sectors: joined(rowSectors.map((s) => s.label.text)),
        meeting: firstMeeting?.date ?? null,
        date: date?.value ?? null,
        leads: joined(leads.map((l) => l.label)),
        status: status === null ? null : STATUS_ORDER.indexOf(status),
      },
    };
  };
}
