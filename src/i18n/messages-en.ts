import type { chartMessagesEn } from './messages-charts-en';
import type { sourcesMessagesEn } from './messages-sources-en';
import type { initiativesMessagesEn } from './messages-initiatives-en';
import type { briefingMessagesEn } from './messages-briefing-en';
import type { updateMessagesEn } from './messages-update-en';
import type { byodNoticesMessagesEn } from './messages-byod-notices-en';
import type { filtersMessagesEn } from './messages-filters-en';
import type { dataFilesMessagesEn } from './messages-data-files-en';
import { byodMessagesEn } from './messages-byod-en';
import { exportsMessagesEn } from './messages-exports-en';

/**
 * The English core catalogue: the shell, filters, overview, dataset loading and exports. Loaded before the first
 * render (src/i18n/locale.ts, loadCatalogue), like the Spanish one.
 * The charts', briefing's, sources' and initiatives' English messages are packs that load with their code
 * (src/i18n/pack-*.ts: a module that uses a pack's messages takes `useI18n`/`translate` from the pack's module, as
 * the core ones below take only core keys).
 * Together they are the source of message keys. Placeholders are written {name}.
 */
export const coreMessagesEn = {
  ...byodMessagesEn,
  ...exportsMessagesEn,
  'app.name': 'HLED Explorer',
  'app.tagline': 'U.S.–Mexico High-Level Economic Dialogue',
  'app.skipToContent': 'Skip to main content',
  'nav.label': 'Main',
  'nav.menu': 'Menu',
  'nav.overview': 'Overview',
  'nav.pillars': 'Pillars',
  'nav.sectors': 'Sectors',
  'nav.delegations': 'Delegations',
  'nav.meetings': 'Meetings',
  'nav.initiatives': 'Initiatives',
  'nav.sources': 'Sources',
  'nav.briefing': 'Briefing',
  'language.label': 'Language',
  'language.en': 'English',
  'language.es': 'Español',
  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'filters.label': 'Filters',
  'footer.data': 'Data: {count} public sources, each fact cited.',
  'footer.disclaimer': 'An independent research tool; not an official government site.',
  'loading.dataset': 'Loading the dialogue dataset…',
  'loading.view': 'Loading the page…',
  'error.dataset.title': 'The dataset could not be used',
  'error.dataset.invalid': 'The file {url} was loaded but does not match the dataset format. {count} problem(s) found:',
  'error.dataset.more': '…and {count} more.',
  'error.dataset.network':
    'The dataset at {url} could not be downloaded ({detail}). Check your connection and try again.',
  'error.retry': 'Try again',
  'error.route.title': 'Something went wrong on this page',
  'error.route.body': 'The rest of the dashboard still works. You can go back to the overview or reload the page.',
  'error.route.detail': 'Technical detail: {detail}',
  'error.reload': 'Reload page',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at {path}. It may have moved, or the link may be mistyped.',
  'notFound.back': 'Go to the overview',
  'overview.title': 'Overview',
  'overview.lead': 'How the {dialogue} is organised, who sat at the table, and what was agreed.',
  'overview.stat.meetings': 'Meetings and reviews',
  'overview.stat.pillars': 'Pillars and priority areas',
  'overview.stat.sectors': 'Supply-chain sectors',
  'overview.stat.initiatives': 'Initiatives',
  'overview.stat.people': 'People in delegations',
  'overview.stat.sources': 'Sources',
  'overview.established': 'Established {date}',
  'pillars.title': 'Pillars',
  'sectors.title': 'Sectors',
  'delegations.title': 'Delegations',
  'meetings.title': 'Meetings',
  'initiatives.title': 'Initiatives',
  'sources.title': 'Sources',
  'briefing.title': 'Briefing',
  'filters.show': 'Filters',
  'filters.country': 'Country',
  'filters.country.all': 'Both countries',
  'filters.country.hint': 'Its delegates and their meetings; initiatives it leads, joint or with no lead recorded.',
  'filters.pillar': 'Pillar',
  'filters.pillar.add': 'Add a pillar…',
  'filters.sector': 'Sector',
  'filters.sector.add': 'Add a sector…',
  'filters.series': 'Series',
  'filters.series.all': 'All series',
  'filters.meeting': 'Meeting',
  'filters.meeting.all': 'All meetings',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.anyYear': 'Any year',
  'filters.search': 'Search people, initiatives, sectors',
  'filters.searchChip': 'Search: “{value}”',
  'filters.clearAll': 'Clear all',
  'filters.chip': '{name}: {value}',
  'filters.resultSummary': 'Showing {initiatives}, {people} and {meetings}.',
  'count.initiatives.one': '{count} initiative',
  'count.initiatives.other': '{count} initiatives',
  'count.people.one': '{count} person',
  'count.people.other': '{count} people',
  'count.meetings.one': '{count} meeting',
  'count.meetings.other': '{count} meetings',
  'citation.open': '{label} — sources for this fact: {sources}',
  'citation.panel': 'Sources',
  'citation.undated': 'Undated',
  'citation.visit': 'Open the source',
  'citation.newTab': 'opens in a new tab',
  'reliability.official': 'Official',
  'reliability.news': 'News',
  'reliability.low': 'Low reliability',
  'basis.stated': 'Stated',
  'basis.inferred': 'Inferred',
  'basis.stated.long': 'Stated by a source',
  'basis.inferred.long': 'Inferred by the compilers',
  'notFoundEntity.title': '{kind} not found',
  'notFoundEntity.body': 'This dataset has no {kind} with the id “{id}”. The link may be old or mistyped.',
  'notFoundEntity.back': 'Back to {list}',
  'kind.pillar': 'Pillar',
  'kind.sector': 'Sector',
  'kind.person': 'Person',
  'kind.meeting': 'Meeting',
  'kind.initiative': 'Initiative',
  'loading.chart': 'Loading the chart…',
  'detail.none': 'None recorded for the current filters.',
  'pillars.lead':
    'The dialogue’s pillars and priority areas in each series, with the sectors and initiatives under each.',
  'pillars.since': 'started in {start}',
  'pillars.number': 'Pillar {number}',
  'pillars.priorityArea': 'Priority area {number}',
  'pillars.nameVariants': 'Other wordings in the sources',
  'pillars.workPlan': 'Work-plan lines',
  'pillars.sectorsUnder': 'Sectors under this pillar',
  'pillars.initiatives': 'Initiatives',
  'pillars.meetings': 'Meetings that advanced it',
  'sectors.lead':
    'The supply-chain sectors the dialogue works on, and the pillars they fall under — stated by a source or inferred.',
  'sectors.pillarsOf': 'Pillars of {name}',
  'sectors.whyPillars': 'Pillars it falls under, and why',
  'sectors.reasoning': 'Reasoning',
  'sectors.figures': 'Related figures',
  'delegations.lead': 'Who represented each country at each meeting, with the titles they held at the time.',
  'delegations.chair': 'Chair',
  'delegations.member': 'Member',
  'delegations.noneListed': 'No delegation is listed in the sources for this meeting and these filters.',
  'people.meetings': 'Meetings attended',
  'people.back': 'Back to all delegations',
  'meetings.lead':
    'Every documented meeting and review of both series, from the 2013 launch to the 2024 mid-year review.',
  'meetings.virtual': 'Virtual',
  'meetings.inPerson': 'In person',
  'meetings.placeUnknown': 'Place not stated',
  'meetings.notStated': 'Not stated',
  'meetings.date': 'Date',
  'meetings.place': 'Place',
  'meetings.host': 'Host',
  'meetings.format': 'Format',
  'meetings.sequence': 'meeting no. {number}',
  'meetings.delegations': 'Delegations',
  'meetings.outcomes': 'Outcomes',
  'meetings.sources': 'Sources for this meeting',
  'meetings.announced': 'announced here',
  'meetings.reviewed': 'reviewed here',
  'meetingKind.establishment': 'Establishment',
  'meetingKind.annual-ministerial': 'Annual ministerial',
  'meetingKind.mid-year-review': 'Mid-year review',
  'meetingKind.work-plan': 'Work plan',
  'meetingKind.follow-up': 'Follow-up',
  'overview.latestMinisterial': 'Latest ministerial',
  'overview.chairsFor': 'Chairs for {country}',
  'overview.allOutcomes': 'All {count} outcomes',
  'overview.about': 'About the dialogue',
  'count.sectors.one': '{count} sector',
  'count.sectors.other': '{count} sectors',
  'edition.line': 'Data edition {version}, status checked up to {date}.',
  'edition.lastMeeting': 'No meeting recorded since {month}.',
} as const;

/** A core message's key: what `useI18n().t`, `translate` and `translatePlural` take (a pack's module exports its own). */
export type MessageKey = keyof typeof coreMessagesEn;

/** Every catalogue's keys, the packs' too. */
export type AnyMessageKey =
  | MessageKey
  | keyof typeof chartMessagesEn
  | keyof typeof sourcesMessagesEn
  | keyof typeof initiativesMessagesEn
  | keyof typeof briefingMessagesEn
  | keyof typeof updateMessagesEn
  | keyof typeof byodNoticesMessagesEn
  | keyof typeof filtersMessagesEn
  | keyof typeof dataFilesMessagesEn;
