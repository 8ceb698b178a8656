import { useI18n } from '../../i18n/pack-charts';
import { Localized } from '../../i18n/localized';
import type { IndicatorRow } from '../../model/chart-rows/to-indicator-rows';
import { ChartTable } from './chart-table';

interface IndicatorTableProps {
  rows: readonly IndicatorRow[];
  caption: string;
  /** The value with its qualifier, in words: "more than $500 billion". */
  statedValue: (row: IndicatorRow) => string;
}

/** Each reading of the metric: year, what it measures, the value as the source states it, and the period. */
export function IndicatorTable({ rows, caption, statedValue }: IndicatorTableProps) {
  const { t } = useI18n();
  const columns = [
    { key: 'year', header: t('chart.indicator.table.year') },
    { key: 'indicator', header: t('chart.indicator.table.indicator') },
    { key: 'value', header: t('chart.indicator.table.value'), numeric: true },
    { key: 'period', header: t('chart.indicator.table.period') },
  ];
  const tableRows = rows.map((row) => ({
    key: row.indicatorId,
    header: row.category,
    cells: [
      <Localized key="label" value={row.label} />,
      statedValue(row),
      row.period ? <Localized key="period" value={row.period} /> : t('chart.indicator.table.fullYear'),
    ],
  }));
  return <ChartTable caption={caption} columns={columns} rows={tableRows} />;
}
