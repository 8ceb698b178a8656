import type { Dataset } from '../../data/dataset-schema';
import type { Locale } from '../../i18n/locale';
import { pickText } from '../pick-text';
import type { ExportColumn, ExportRecord } from './export-value';

/**
 * Column names of exported initiatives. They stay English in both languages so that scripts reading the files do
 * not depend on the reader's language; the values are in the reader's language.
 */
export const INITIATIVE_EXPORT_COLUMNS: readonly ExportColumn[] = [
  'id',
  'name',
  'pillars',
  'sectors',
  'meetings',
  'date',
  'lead_organizations',
  'status',
].map((key) => ({ key, header: key }));

/** One record per filtered initiative; pillars, sectors, meetings and organisations named from the whole dataset. */
export function toInitiativeExportRows(filtered: Dataset, dataset: Dataset, locale: Locale): ExportRecord[] {
  const name = (list: readonly { id: string; name: Parameters<typeof pickText>[0] }[]) =>
    new Map(list.map((item) => [item.id, pickText(item.name, locale)]));
  const pillars = name(dataset.pillars);
  const sectors = name(dataset.sectors);
  const meetings = new Map(dataset.meetings.map((m) => [m.id, `${pickText(m.title, locale)} (${m.date})`]));
  const organizations = new Map(dataset.organizations.map((o) => [o.id, pickText(o.name, locale)]));
  return filtered.initiatives.map((initiative) => ({
    id: initiative.id,
    name: pickText(initiative.name, locale),
    pillars: initiative.pillars.map((link) => pillars.get(link.pillar) ?? link.pillar),
    sectors: initiative.sectors.map((id) => sectors.get(id) ?? id),
    meetings: initiative.meetings.map((m) => meetings.get(m.meeting) ?? m.meeting),
    date: initiative.date,
    lead_organizations: initiative.leadOrganizations.map((id) => organizations.get(id) ?? id),
    status: initiative.status?.value ?? null,
  }));
}
