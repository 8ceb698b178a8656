import { useI18n } from '../../i18n/pack-charts';
import type { DelegationCompositionRow } from '../../model/chart-rows/to-delegation-composition-rows';
import { ChartTable } from './chart-table';
import { FilterButton } from './filter-button';

interface DelegationTableProps {
  rows: readonly DelegationCompositionRow[];
  /** Full meeting names ("Second cabinet-level meeting, January 6, 2015"), by meeting id. */
  meetingName: (meetingId: string) => string;
  countryNames: ReadonlyMap<string, string>;
  /** A country's organisations at a meeting in words: "SRE (3), SE (2)". */
  organizationsText: (row: DelegationCompositionRow, country: string) => string;
  onSelectMeeting?: (meetingId: string) => void;
}

/** One row per meeting and country: how many people, from which organisations. */
export function DelegationTable({
  rows,
  meetingName: nameOf,
  countryNames,
  organizationsText,
  onSelectMeeting,
}: DelegationTableProps) {
  const { t } = useI18n();
  const columns = [
    { key: 'meeting', header: t('chart.delegation.table.meeting') },
    { key: 'country', header: t('chart.delegation.table.country') },
    { key: 'people', header: t('chart.delegation.table.people'), numeric: true },
    { key: 'organizations', header: t('chart.delegation.table.organizations') },
  ];
  const tableRows = rows.flatMap((row) =>
    row.countries.map((entry, index) => {
      const meetingName = nameOf(row.meetingId);
      return {
        key: `${row.meetingId}|${entry.country}`,
        header: (
          <>
            {meetingName}
            {onSelectMeeting && index === 0 && (
              <FilterButton name={meetingName} onSelect={() => onSelectMeeting(row.meetingId)} />
            )}
          </>
        ),
        cells: [
          countryNames.get(entry.country) ?? entry.country,
          entry.participants,
          organizationsText(row, entry.country),
        ],
      };
    }),
  );
  return <ChartTable caption={t('chart.delegation.table.caption')} columns={columns} rows={tableRows} />;
}
