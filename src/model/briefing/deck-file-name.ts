import type { Dataset } from '../../data/dataset-schema';
import type { Locale } from '../../i18n/locale';
import type { Filters } from '../filters';

const slug = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/**
 * The PowerPoint's file name: scope, date and language. One meeting is named by its date
 * (`hled-briefing-2023-09-29-es.pptx`); any other scope by its filters and the day it is made
 * (`hled-briefing-pillar-p1-2026-12-02-en.pptx`, `hled-briefing-all-2026-12-02-en.pptx`).
 */
export function deckFileName(filters: Filters, dataset: Dataset, locale: Locale, generated: string): string {
  const meeting = filters.meeting === null ? undefined : dataset.meetings.find((m) => m.id === filters.meeting);
  if (meeting !== undefined) return `hled-briefing-${meeting.date}-${locale}.pptx`;
  const parts = [
    filters.country === null ? '' : `country-${filters.country}`,
    filters.pillars.length === 0 ? '' : `pillar-${filters.pillars.join('-')}`,
    filters.sectors.length === 0 ? '' : `sector-${filters.sectors.join('-')}`,
    filters.series === null ? '' : `series-${filters.series}`,
    filters.from === null && filters.to === null ? '' : `${filters.from ?? ''}-${filters.to ?? ''}`,
    filters.q === '' ? '' : `search-${filters.q}`,
  ].filter((p) => p !== '');
  const scope = slug(parts.join('-')) || 'all';
  return `hled-briefing-${scope}-${generated}-${locale}.pptx`;
}
