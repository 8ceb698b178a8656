import type { Dataset } from '../../data/dataset-schema';
import { translate } from '../../i18n/pack-data-files';
import { type Locale } from '../../i18n/locale';
import { pickText } from '../pick-text';
import type { ExportColumn, ExportRecord } from './export-value';
import { toDatePrecision } from './to-date-precision';

const COLUMNS = [
  ['id', 'dataFiles.column.id', 'dataFiles.describe.id'],
  ['name', 'dataFiles.column.name', 'dataFiles.describe.name'],
  ['pillars', 'dataFiles.column.pillars', 'dataFiles.describe.pillars'],
  ['sectors', 'dataFiles.column.sectors', 'dataFiles.describe.sectors'],
  ['meetings', 'dataFiles.column.meetings', 'dataFiles.describe.meetings'],
  ['date', 'dataFiles.column.date', 'dataFiles.describe.date'],
  ['date_precision', 'dataFiles.column.datePrecision', 'dataFiles.describe.datePrecision'],
  ['lead_organizations', 'dataFiles.column.leadOrganizations', 'dataFiles.describe.leadOrganizations'],
  ['status', 'dataFiles.column.status', 'dataFiles.describe.status'],
] as const;

/**
 * Columns of exported initiatives, named in the reader's language ("name" / "nombre"); the keys that look values up
 * stay English. Ids are the dataset's, the same in every language, so that files in two languages can be joined.
 */
export function toInitiativeExportColumns(locale: Locale): ExportColumn[] {
  return COLUMNS.map(([key, header, description]) => ({
    key,
    header: translate(locale, header),
    description: translate(locale, description),
  }));
}

/**
 * One record per filtered initiative; pillars, sectors, meetings and organisations named from the whole dataset,
 * the date as ISO text with its precision beside it, and the status in words of the reader's language.
 */
export function toInitiativeExportRows(filtered: Dataset, dataset: Dataset, locale: Locale): ExportRecord[] {
  const name = (list: readonly { id: string; name: Parameters<typeof pickText>[0] }[]) =>
    new Map(list.map((item) => [item.id, pickText(item.name, locale)]));
  const pillars = name(dataset.pillars);
  const sectors = name(dataset.sectors);
  const meetings = new Map(dataset.meetings.map((m) => [m.id, `${pickText(m.title, locale)} (${m.date})`]));
  const organizations = new Map(dataset.organizations.map((o) => [o.id, pickText(o.name, locale)]));
  return filtered.initiatives.map((initiative) => {
    const precision = toDatePrecision(initiative.date);
    return {
      id: initiative.id,
      name: pickText(initiative.name, locale),
      pillars: initiative.pillars.map((link) => pillars.get(link.pillar) ?? link.pillar),
      sectors: initiative.sectors.map((id) => sectors.get(id) ?? id),
      meetings: initiative.meetings.map((m) => meetings.get(m.meeting) ?? m.meeting),
      date: initiative.date,
      date_precision: precision === null ? null : translate(locale, `dataFiles.precision.${precision}`),
      lead_organizations: initiative.leadOrganizations.map((id) => organizations.get(id) ?? id),
      status: initiative.status === undefined ? null : translate(locale, `dataFiles.status.${initiative.status.value}`),
    };
  });
}
