import { useI18n } from '../../i18n/pack-charts';
import type { InitiativesByPillar } from '../../model/chart-rows/to-initiatives-by-pillar-rows';
import { ChartTable } from './chart-table';
import { ChartColumnHeader } from './chart-column-header';
import type { StackSegment } from './stacked-year-bar-chart';

interface InitiativesByPillarTableProps {
  data: InitiativesByPillar;
  /** Pillar segments first, then "Unassigned" when present; `unassignedKey` tells which is which. */
  segments: readonly StackSegment[];
  unassignedKey: string;
  onSelectPillar?: (pillarId: string) => void;
}

/** Years × pillars: the counts the stacked bars draw, plus each year's number of initiatives. */
export function InitiativesByPillarTable({
  data,
  segments,
  unassignedKey,
  onSelectPillar,
}: InitiativesByPillarTableProps) {
  const { t } = useI18n();
  const columns = [
    { key: 'year', header: t('chart.byPillar.table.year') },
    ...segments.map((segment) => ({
      key: segment.key,
      numeric: true,
      header: (
        <ChartColumnHeader
          color={segment.color}
          outlined={segment.outlined}
          name={segment.name}
          filter={
            onSelectPillar && segment.key !== unassignedKey
              ? { name: segment.name, onSelect: () => onSelectPillar(segment.key) }
              : undefined
          }
        />
      ),
    })),
    { key: 'total', header: t('chart.byPillar.table.total'), numeric: true },
  ];
  const rows = data.rows.map((row) => ({
    key: String(row.year),
    header: String(row.year),
    cells: [
      ...segments.map((segment) =>
        segment.key === unassignedKey ? row.unassigned : (row.byPillar.get(segment.key) ?? 0),
      ),
      row.initiatives,
    ],
  }));
  return <ChartTable caption={t('chart.byPillar.table.caption')} columns={columns} rows={rows} />;
}
