import type { Dataset } from '../../data/dataset-schema';
import type { Locale } from '../../i18n/locale';
import { pickText } from '../pick-text';
import type { ExportColumn, ExportRecord } from './export-value';

/** Column names of exported participations; English in both languages, like INITIATIVE_EXPORT_COLUMNS. */
export const PARTICIPATION_EXPORT_COLUMNS: readonly ExportColumn[] = [
  'meeting',
  'date',
  'person',
  'country',
  'title',
  'organization',
  'role',
].map((key) => ({ key, header: key }));

/** One record per filtered participation (who sat in which delegation), in meeting date order. */
export function toParticipationExportRows(filtered: Dataset, dataset: Dataset, locale: Locale): ExportRecord[] {
  const meetings = new Map(dataset.meetings.map((m) => [m.id, m]));
  const people = new Map(dataset.people.map((p) => [p.id, p.name]));
  const organizations = new Map(dataset.organizations.map((o) => [o.id, pickText(o.name, locale)]));
  const dateOf = (id: string) => meetings.get(id)?.date ?? '';
  return [...filtered.participations]
    .sort((a, b) => dateOf(a.meeting).localeCompare(dateOf(b.meeting)))
    .map((p) => {
      const meeting = meetings.get(p.meeting);
      return {
        meeting: meeting === undefined ? p.meeting : pickText(meeting.title, locale),
        date: meeting?.date ?? null,
        person: people.get(p.person) ?? p.person,
        country: p.country,
        title: pickText(p.title, locale),
        organization: organizations.get(p.organization) ?? p.organization,
        role: p.role,
      };
    });
}
