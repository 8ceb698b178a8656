import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import type { MatrixPillarColumn } from '../../model/chart-rows/to-sector-pillar-matrix-rows';
import type { PillarStyle } from '../../model/select-pillar-colors';
import { ChartLegend } from './chart-legend';
import { LegendMarker } from './legend-marker';

interface SectorPillarLegendProps {
  columns: readonly MatrixPillarColumn[];
  pillarStyles: ReadonlyMap<string, PillarStyle>;
  clickable: boolean;
}

/** Says what solid and outlined bubbles mean, what size means, and which pillar each column label stands for. */
export function SectorPillarLegend({ columns, pillarStyles, clickable }: SectorPillarLegendProps) {
  const { t } = useI18n();
  const neutral = 'var(--color-text-muted)';
  const encodings = [
    { key: 'stated', marker: <LegendMarker color={neutral} symbol="circle" />, label: t('chart.sectorPillar.legend.stated') },
    {
      key: 'inferred',
      marker: <LegendMarker color={neutral} symbol="circle" outlined />,
      label: t('chart.sectorPillar.legend.inferred'),
    },
  ];
  const pillars = columns.map((column) => ({
    key: column.pillarId,
    marker: <LegendMarker color={pillarStyles.get(column.pillarId)?.color ?? neutral} symbol="circle" />,
    label: (
      <>
        <span className="chart-legend__short">{column.shortLabel}</span> <Localized value={column.name} />
      </>
    ),
  }));
  const notes = [t('chart.sectorPillar.legend.size'), ...(clickable ? [t('chart.sectorPillar.legend.click')] : [])];
  return (
    <>
      <ChartLegend items={encodings} notes={[]} />
      <ChartLegend items={pillars} notes={notes} label={t('chart.sectorPillar.legend.pillars')} />
    </>
  );
}
