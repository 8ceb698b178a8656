import { useI18n } from '../../i18n/i18n-context';
import { deckFileName } from '../../model/briefing/deck-file-name';
import { todayIso } from '../../model/briefing/today-iso';
import { useFilterState } from '../filter-state';
import { DownloadMenu, type DownloadMenuItem } from './download-menu';
import { useExportAbout } from './use-export-about';
import type { FilteredDataContext } from './filtered-data-files';

// The builders load when a file is chosen: the first screen does not need them.
const files = () => import('./filtered-data-files');

/** "Download data": the filtered initiatives and delegation members as CSV or JSON, and the PowerPoint deck. */
export function FilteredDataMenu() {
  const { t, locale } = useI18n();
  const { filters, filtered, dataset } = useFilterState();
  const describe = useExportAbout();
  const ctx: FilteredDataContext = {
    filters,
    filtered,
    dataset,
    locale,
    describe: (title, sourceIds) => describe(title, sourceIds, dataset.sources),
  };

  const items: DownloadMenuItem[] = [
    {
      key: 'initiatives-csv',
      label: t('exports.data.initiativesCsv'),
      fileName: 'hled-initiatives.csv',
      run: async () =>
        (await files()).downloadInitiativesCsv(ctx, t('exports.data.initiativesTitle'), 'hled-initiatives.csv'),
    },
    {
      key: 'participations-csv',
      label: t('exports.data.participationsCsv'),
      fileName: 'hled-delegation-members.csv',
      run: async () =>
        (await files()).downloadParticipationsCsv(
          ctx,
          t('exports.data.participationsTitle'),
          'hled-delegation-members.csv',
        ),
    },
    {
      key: 'json',
      label: t('exports.data.json'),
      fileName: 'hled-filtered-data.json',
      run: async () => (await files()).downloadFilteredJson(ctx, t('exports.data.title'), 'hled-filtered-data.json'),
    },
    {
      key: 'pptx',
      label: t('exports.data.pptx'),
      fileName: deckFileName(filters, dataset, locale, todayIso()),
      run: async () => (await files()).downloadPptx(ctx, todayIso()),
    },
  ];
  return <DownloadMenu label={t('exports.data.menu')} items={items} />;
}
