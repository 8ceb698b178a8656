import { useI18n } from '../../i18n/i18n-context';
import { toExportFileName } from '../../model/exports/to-export-file-name';
import { toFileNameScope } from '../../model/exports/to-file-name-scope';
import { toLocalDateStamp } from '../../model/exports/to-local-date-stamp';
import { deckFileName } from '../../model/briefing/deck-file-name';
import { useFilterState } from '../filter-state';
import { DownloadMenu, type DownloadMenuItem } from './download-menu';
import { useExportAbout } from './use-export-about';
import type { FilteredDataContext, FilteredDataFileNames } from './filtered-data-files';

// The builders load when a file is chosen: the first screen does not need them.
const files = () => import('./filtered-data-files');

/** "Download data": the filtered initiatives and delegation members as CSV (alone or with a README), Excel or JSON, and the PowerPoint deck. */
export function FilteredDataMenu() {
  const { t, locale } = useI18n();
  const { filters, filtered, dataset } = useFilterState();
  const describe = useExportAbout();
  const today = toLocalDateStamp(new Date());
  const ctx: FilteredDataContext = {
    filters,
    filtered,
    dataset,
    locale,
    today,
    describe: (title, sourceIds) => describe(title, sourceIds, dataset.sources),
  };
  const scope = toFileNameScope(filters);
  const name = (what: string, extension: string) => toExportFileName({ what, scope, locale, date: today, extension });
  const names: FilteredDataFileNames = {
    initiatives: name('initiatives', 'csv'),
    participations: name('delegation-members', 'csv'),
    zip: name('initiatives-and-delegations', 'zip'),
    xlsx: name('initiatives-and-delegations', 'xlsx'),
    json: name('initiatives-and-delegations', 'json'),
  };

  const items: DownloadMenuItem[] = [
    {
      key: 'initiatives-csv',
      label: t('exports.data.initiativesCsv'),
      fileName: names.initiatives,
      run: async () => (await files()).downloadInitiativesCsv(ctx, names.initiatives),
    },
    {
      key: 'participations-csv',
      label: t('exports.data.participationsCsv'),
      fileName: names.participations,
      run: async () => (await files()).downloadParticipationsCsv(ctx, names.participations),
    },
    {
      key: 'zip',
      label: t('exports.data.zip'),
      fileName: names.zip,
      run: async () => (await files()).downloadFilteredZip(ctx, t('exports.data.title'), names),
    },
    {
      key: 'xlsx',
      label: t('exports.data.xlsx'),
      fileName: names.xlsx,
      run: async () =>
        (await files()).downloadFilteredXlsx(
          ctx,
          {
            title: t('exports.data.title'),
            initiatives: t('exports.data.initiativesTitle'),
            participations: t('exports.data.participationsTitle'),
          },
          names,
        ),
    },
    {
      key: 'json',
      label: t('exports.data.json'),
      fileName: names.json,
      run: async () => (await files()).downloadFilteredJson(ctx, t('exports.data.title'), names),
    },
    {
      key: 'pptx',
      label: t('exports.data.pptx'),
      fileName: deckFileName(filters, dataset, locale, today),
      run: async () => (await files()).downloadPptx(ctx),
    },
  ];
  return <DownloadMenu label={t('exports.data.menu')} items={items} />;
}
