import type { Dataset } from '../../data/dataset-schema';
import { translate } from '../../i18n/pack-data-files';
import { type Locale } from '../../i18n/locale';
import { pickText } from '../pick-text';
import type { ExportColumn, ExportRecord } from './export-value';
import { toDatePrecision } from './to-date-precision';

const COLUMNS = [
  ['meeting', 'dataFiles.column.meeting', 'dataFiles.describe.meeting'],
  ['date', 'dataFiles.column.date', 'dataFiles.describe.meetingDate'],
  ['date_precision', 'dataFiles.column.datePrecision', 'dataFiles.describe.datePrecision'],
  ['person', 'dataFiles.column.person', 'dataFiles.describe.person'],
  ['country', 'dataFiles.column.country', 'dataFiles.describe.country'],
  ['title', 'dataFiles.column.title', 'dataFiles.describe.title'],
  ['organization', 'dataFiles.column.organization', 'dataFiles.describe.organization'],
  ['role', 'dataFiles.column.role', 'dataFiles.describe.role'],
] as const;

/** Columns of exported participations, named in the reader's language, like toInitiativeExportColumns. */
export function toParticipationExportColumns(locale: Locale): ExportColumn[] {
  return COLUMNS.map(([key, header, description]) => ({
    key,
    header: translate(locale, header),
    description: translate(locale, description),
  }));
}

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
      const date = meeting?.date ?? null;
      const precision = toDatePrecision(date);
      return {
        meeting: meeting === undefined ? p.meeting : pickText(meeting.title, locale),
        date,
        date_precision: precision === null ? null : translate(locale, `dataFiles.precision.${precision}`),
        person: people.get(p.person) ?? p.person,
        country: p.country,
        title: pickText(p.title, locale),
        organization: organizations.get(p.organization) ?? p.organization,
        role: translate(locale, `dataFiles.role.${p.role}`),
      };
    });
}
