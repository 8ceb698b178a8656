import { useI18n } from '../../i18n/pack-charts';
import { Localized } from '../../i18n/localized';
import type { MatrixPillarColumn } from '../../model/chart-rows/to-sector-pillar-matrix-rows';
import type { PillarStyle } from '../../model/select-pillar-colors';
import type { PillarColumnName } from '../../model/chart-rows/to-pillar-column-names';
import { ChartLegend } from './chart-legend';
import { LegendMarker } from './legend-marker';

interface SectorPillarLegendProps {
  columns: readonly MatrixPillarColumn[];
  /** Each pillar's number, series and name, by pillar id. */
  names: ReadonlyMap<string, PillarColumnName>;
  pillarStyles: ReadonlyMap<string, PillarStyle>;
  clickable: boolean;
}

/** Says what solid and outlined bubbles mean, what size means, and which pillar each column label stands for. */
export function SectorPillarLegend({ columns, names, pillarStyles, clickable }: SectorPillarLegendProps) {
  const { t } = useI18n();
  const neutral = 'var(--color-text-muted)';
  const encodings = [
    {
      key: 'stated',
      marker: <LegendMarker color={neutral} symbol="circle" />,
      label: t('chart.sectorPillar.legend.stated'),
    },
    {
      key: 'inferred',
      marker: <LegendMarker color={neutral} symbol="circle" outlined />,
      label: t('chart.sectorPillar.legend.inferred'),
    },
  ];
  const pillars = columns.map((column) => {
    const name = names.get(column.pillarId);
    return {
      key: column.pillarId,
      marker: <LegendMarker color={pillarStyles.get(column.pillarId)?.color ?? neutral} symbol="circle" />,
      // "I · Building Back Together (2021–)": the name keeps its language mark when it falls back to English.
      label: (
        <>
          {name && `${name.code} · `}
          <Localized value={column.name} />
          {name && name.years !== '' && ` (${name.years})`}
        </>
      ),
    };
  });
  const notes = [t('chart.sectorPillar.legend.size')];
  return (
    <>
      <ChartLegend items={encodings} notes={[]} />
      <ChartLegend
        items={pillars}
        notes={notes}
        clickNote={clickable ? t('chart.sectorPillar.legend.click') : undefined}
        label={t('chart.sectorPillar.legend.pillars')}
      />
    </>
  );
}
