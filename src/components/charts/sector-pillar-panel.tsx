import { useMemo } from 'react';
import { useI18n } from '../../i18n/pack-charts';
import type { Dataset } from '../../data/dataset-schema';
import { toSectorPillarChart, toSectorPillarFrame } from '../../model/chart-rows/to-sector-pillar-chart';
import type { ChartPanelProps } from './chart-panel-props';
import { ChartFrame } from './chart-frame';
import { SectorPillarLegend } from './sector-pillar-legend';
import { SectorPillarMatrixChart } from './sector-pillar-matrix-chart';
import { SectorPillarTable } from './sector-pillar-table';

interface SectorPillarPanelProps extends ChartPanelProps {
  onSelectPillar?: (pillarId: string) => void;
  onSelectSector?: (sectorId: string) => void;
  /**
   * The data whose matrix sets the chart's rows and columns: the whole dataset's, so that filtering changes the
   * bubbles and not the axes, when that matrix fits the chart. By default (and when it does not fit), the rows and
   * columns of the filtered matrix.
   */
  frame?: Pick<Dataset, 'sectors' | 'pillars' | 'series' | 'initiatives'>;
}

/** Which pillars each supply-chain sector falls under, stated or inferred, sized by shared initiatives. */
export function SectorPillarPanel({
  dataset,
  pillarStyles,
  headingLevel,
  onSelectPillar,
  onSelectSector,
  frame,
}: SectorPillarPanelProps) {
  const words = useI18n();
  // Memoised on the lists read, not the whole (filtered) dataset: the chart is memoised and redraws only what
  // changes identity, and the frame's lists, and so the axes made from them, keep theirs across filter changes.
  const { sectors: fs, pillars: fp, series: fr, initiatives: fi } = frame ?? {};
  const fixed = useMemo(
    () =>
      fs && fp && fr && fi
        ? toSectorPillarFrame({ sectors: fs, pillars: fp, series: fr, initiatives: fi }, words)
        : null,
    [fs, fp, fr, fi, words],
  );
  const { sectors, pillars, series, initiatives, sources } = dataset;
  const chart = useMemo(
    () => toSectorPillarChart({ sectors, pillars, series, initiatives, sources }, fixed, pillarStyles, words),
    [sectors, pillars, series, initiatives, sources, fixed, pillarStyles, words],
  );
  const { matrix, names, axes, pillarOfPoint } = chart;
  // A bubble selects the pillar of its column. Memoised on what it reads: the chart is memoised, and a new function would redraw it.
  const selectPoint = useMemo(
    () =>
      onSelectPillar &&
      ((key: string) => {
        const pillarId = pillarOfPoint.get(key);
        if (pillarId !== undefined) onSelectPillar(pillarId);
      }),
    [onSelectPillar, pillarOfPoint],
  );

  return (
    <ChartFrame
      {...chart.framing}
      headingLevel={headingLevel}
      embedId="sectors-pillars"
      clickable={onSelectPillar !== undefined}
      chart={
        <SectorPillarMatrixChart
          points={chart.points}
          columnLabels={axes.columnLabels}
          rowLabels={axes.rowLabels}
          sizeMax={axes.sizeMax}
          onSelectPoint={selectPoint}
        />
      }
      legend={
        <SectorPillarLegend
          columns={chart.drawnColumns}
          names={names}
          pillarStyles={pillarStyles}
          clickable={onSelectPillar !== undefined}
        />
      }
      table={
        <SectorPillarTable
          matrix={matrix}
          names={names}
          pillarStyles={pillarStyles}
          onSelectPillar={onSelectPillar}
          onSelectSector={onSelectSector}
        />
      }
      sources={dataset.sources}
    />
  );
}
