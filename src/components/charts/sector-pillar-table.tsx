import { useI18n, translatePlural } from '../../i18n/pack-charts';
import { Localized } from '../../i18n/localized';
import type { SectorPillarMatrix } from '../../model/chart-rows/to-sector-pillar-matrix-rows';
import type { PillarStyle } from '../../model/select-pillar-colors';
import type { PillarColumnName } from '../../model/chart-rows/to-pillar-column-names';
import { ChartTable } from './chart-table';
import { ChartColumnHeader } from './chart-column-header';
import { FilterButton } from './filter-button';

interface SectorPillarTableProps {
  matrix: SectorPillarMatrix;
  /** Each pillar's number, series and name, by pillar id. */
  names: ReadonlyMap<string, PillarColumnName>;
  pillarStyles: ReadonlyMap<string, PillarStyle>;
  onSelectPillar?: (pillarId: string) => void;
  onSelectSector?: (sectorId: string) => void;
}

/** The matrix as a table: a row per sector, a column per pillar, each cell saying how the link is supported. */
export function SectorPillarTable({
  matrix,
  names,
  pillarStyles,
  onSelectPillar,
  onSelectSector,
}: SectorPillarTableProps) {
  const { locale, t, text } = useI18n();
  const cellAt = new Map(matrix.cells.map((c) => [`${c.sectorId}\u0000${c.pillarId}`, c]));
  const columns = [
    { key: 'sector', header: t('chart.sectorPillar.table.sector') },
    ...matrix.columns.map((column) => ({
      key: column.pillarId,
      header: (
        <ChartColumnHeader
          color={pillarStyles.get(column.pillarId)?.color ?? 'currentColor'}
          shortLabel={shortOf(names.get(column.pillarId)) ?? column.shortLabel}
          name={<Localized value={column.name} />}
          filter={onSelectPillar && { name: text(column.name).value, onSelect: () => onSelectPillar(column.pillarId) }}
        />
      ),
    })),
    { key: 'total', header: t('chart.sectorPillar.table.total'), numeric: true },
  ];
  const rows = matrix.rows.map((row) => ({
    key: row.sectorId,
    header: (
      <>
        <Localized value={row.name} />
        {onSelectSector && <FilterButton name={text(row.name).value} onSelect={() => onSelectSector(row.sectorId)} />}
      </>
    ),
    cells: [
      ...matrix.columns.map((column) => {
        const cell = cellAt.get(`${row.sectorId}\u0000${column.pillarId}`);
        if (cell === undefined) {
          return (
            <>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t('chart.sectorPillar.noLink')}</span>
            </>
          );
        }
        return (
          <span className={`chart-table__cell-${cell.basis}`}>
            {t(`chart.basis.${cell.basis}`)} · {translatePlural(locale, 'chart.initiatives', cell.initiatives)}
          </span>
        );
      }),
      row.initiatives,
    ],
  }));
  return <ChartTable caption={t('chart.sectorPillar.table.caption')} columns={columns} rows={rows} />;
}

/** "I (2021–)": the number and series the axis shows above the name. */
function shortOf(name: PillarColumnName | undefined): string | undefined {
  if (name === undefined) return undefined;
  return name.years === '' ? name.code : `${name.code} (${name.years})`;
}
