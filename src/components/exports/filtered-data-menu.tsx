import { useI18n } from '../../i18n/i18n-context';
import { selectCitedSources } from '../../model/chart-rows/select-cited-sources';
import { toCsv } from '../../model/exports/to-csv';
import { toExportJson } from '../../model/exports/to-export-json';
import { INITIATIVE_EXPORT_COLUMNS, toInitiativeExportRows } from '../../model/exports/to-initiative-export-rows';
import {
  PARTICIPATION_EXPORT_COLUMNS,
  toParticipationExportRows,
} from '../../model/exports/to-participation-export-rows';
import { PPTX_FILE_NAME, toPptxDeckInput } from '../../model/exports/to-pptx-deck-input';
import { useFilterState } from '../filter-state';
import { downloadBlob } from './download-blob';
import { DownloadMenu, type DownloadMenuItem } from './download-menu';
import { useExportAbout } from './use-export-about';

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

/** "Download data": the filtered initiatives and delegation members as CSV or JSON, and the PowerPoint deck. */
export function FilteredDataMenu() {
  const { t, locale } = useI18n();
  const { filters, filtered, dataset } = useFilterState();
  const describe = useExportAbout();
  const initiatives = () => toInitiativeExportRows(filtered, dataset, locale);
  const participations = () => toParticipationExportRows(filtered, dataset, locale);
  const citedBy = (records: readonly { citations: readonly { source: string }[] }[]) => selectCitedSources(records, dataset.sources);

  const items: DownloadMenuItem[] = [
    {
      key: 'initiatives-csv',
      label: t('exports.data.initiativesCsv'),
      fileName: 'hled-initiatives.csv',
      run: async () => {
        const about = describe(t('exports.data.initiativesTitle'), citedBy(filtered.initiatives), dataset.sources);
        downloadBlob(csvBlob(toCsv(initiatives(), INITIATIVE_EXPORT_COLUMNS, about)), 'hled-initiatives.csv');
      },
    },
    {
      key: 'participations-csv',
      label: t('exports.data.participationsCsv'),
      fileName: 'hled-delegation-members.csv',
      run: async () => {
        const about = describe(t('exports.data.participationsTitle'), citedBy(filtered.participations), dataset.sources);
        downloadBlob(csvBlob(toCsv(participations(), PARTICIPATION_EXPORT_COLUMNS, about)), 'hled-delegation-members.csv');
      },
    },
    {
      key: 'json',
      label: t('exports.data.json'),
      fileName: 'hled-filtered-data.json',
      run: async () => {
        const sourceIds = citedBy([...filtered.initiatives, ...filtered.participations]);
        const { about } = describe(t('exports.data.title'), sourceIds, dataset.sources);
        const json = toExportJson(about, { initiatives: initiatives(), participations: participations() });
        downloadBlob(new Blob([json], { type: 'application/json' }), 'hled-filtered-data.json');
      },
    },
    {
      key: 'pptx',
      label: t('exports.data.pptx'),
      fileName: PPTX_FILE_NAME,
      progress: t('exports.pptx.preparing'),
      run: async () => {
        // Loaded on demand: the PowerPoint writer is large and most visits never use it.
        const { exportDeckToPptx } = await import('./export-pptx');
        await exportDeckToPptx(toPptxDeckInput(filtered, dataset, filters, locale));
      },
    },
  ];
  return <DownloadMenu label={t('exports.data.menu')} items={items} />;
}
