import { useMemo } from 'react';
import { useI18n, translatePlural } from '../../i18n/pack-charts';
import { selectCitedSources } from '../../model/chart-rows/select-cited-sources';
import { selectSectorPillarTakeaway } from '../../model/chart-rows/select-sector-pillar-takeaway';
import { toSectorPillarMatrixRows, type SectorPillarMatrix } from '../../model/chart-rows/to-sector-pillar-matrix-rows';
import type { Dataset } from '../../data/dataset-schema';
import { limitSectorPillarMatrix } from '../../model/chart-rows/limit-sector-pillar-matrix';
import type { ChartPanelProps } from './chart-panel-props';
import { ChartFrame } from './chart-frame';
import { SectorPillarLegend } from './sector-pillar-legend';
import { SectorPillarMatrixChart, type MatrixPoint } from './sector-pillar-matrix-chart';
import { SectorPillarTable } from './sector-pillar-table';
import { useStableHandler } from './use-stable-handler';
import { isolateText } from '../../model/isolate-text';
import { toPillarColumnNames } from '../../model/chart-rows/to-pillar-column-names';

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

type FrameData = NonNullable<SectorPillarPanelProps['frame']>;

/** The whole matrix the chart keeps as its rows and columns, or null when it is too large to draw in full. */
function toFixedAxes(frame: FrameData): SectorPillarMatrix | null {
  const whole = toSectorPillarMatrixRows(frame);
  return limitSectorPillarMatrix(whole, MAX_CHART_SECTORS, MAX_CHART_PILLARS).limited ? null : whole;
}

/** Beyond this the labels and bubbles stop fitting a laptop screen (40 px a row; a column label such as "PA4·05" needs ~50 px of the overview's half-width chart). */
const MAX_CHART_SECTORS = 20;
const MAX_CHART_PILLARS = 10;

/** Which pillars each supply-chain sector falls under, stated or inferred, sized by shared initiatives. */
export function SectorPillarPanel({ dataset, pillarStyles, headingLevel, onSelectPillar, onSelectSector, frame }: SectorPillarPanelProps) {
  const { locale, t, text } = useI18n();
  // Memoised on the lists read, not the whole filtered dataset (see meetings-timeline-panel.tsx).
  const { sectors, pillars, series, initiatives } = dataset;
  const full = useMemo(() => toSectorPillarMatrixRows({ sectors, pillars, series, initiatives }), [sectors, pillars, series, initiatives]);
  // The chart draws what stays legible; the takeaway, table twin and sources cover the full matrix.
  const limited = useMemo(() => limitSectorPillarMatrix(full, MAX_CHART_SECTORS, MAX_CHART_PILLARS), [full]);
  const matrix = full;
  const drawn = limited.matrix;
  // The frame's lists keep their identity across filter changes, and so do the axes made from them.
  const frameSectors = frame?.sectors;
  const framePillars = frame?.pillars;
  const frameSeries = frame?.series;
  const frameInitiatives = frame?.initiatives;
  const fixedAxes = useMemo(
    () =>
      frameSectors && framePillars && frameSeries && frameInitiatives
        ? toFixedAxes({ sectors: frameSectors, pillars: framePillars, series: frameSeries, initiatives: frameInitiatives })
        : null,
    [frameSectors, framePillars, frameSeries, frameInitiatives],
  );
  // The chart's rows and columns: the whole dataset's where they fit, else those of the filtered matrix.
  const axes = fixedAxes ?? drawn;
  const { sources } = dataset;
  const sourceIds = useMemo(() => {
    const shownSectors = new Set(matrix.rows.map((r) => r.sectorId));
    const shownPillars = new Set(matrix.columns.map((c) => c.pillarId));
    const citedSectors = sectors.filter((s) => shownSectors.has(s.id));
    const links = citedSectors.flatMap((s) => s.pillarLinks.filter((l) => shownPillars.has(l.pillar)));
    const citedInitiatives = initiatives.filter((n) => n.sectors.some((s) => shownSectors.has(s)));
    return selectCitedSources([...citedSectors, ...links, ...citedInitiatives], sources);
  }, [sectors, initiatives, sources, matrix]);

  // Each column's number, series and name: on the axis, in the legend, the tooltip and the table.
  const namePillars = framePillars ?? pillars;
  const nameSeries = frameSeries ?? series;
  const columnNames = useMemo(
    () =>
      new Map(
        toPillarColumnNames(namePillars.map((p) => p.id), { pillars: namePillars, series: nameSeries }, (value) => text(value).value).map(
          (name) => [name.pillarId, name],
        ),
      ),
    [namePillars, nameSeries, text],
  );
  const sectorName = useMemo(() => new Map(matrix.rows.map((r) => [r.sectorId, text(r.name).value])), [matrix, text]);
  // What the chart draws, memoised on the data and language: the chart is memoised and recharts redraws only
  // what changes identity.
  const points: MatrixPoint[] = useMemo(() => {
    const axisColumn = new Map(axes.columns.map((c, index) => [c.pillarId, index]));
    const axisRow = new Map(axes.rows.map((r, index) => [r.sectorId, index]));
    return drawn.cells.flatMap((cell) => {
      const x = axisColumn.get(cell.pillarId);
      const y = axisRow.get(cell.sectorId);
      if (x === undefined || y === undefined) return [];
      return {
        key: `${cell.sectorId}|${cell.pillarId}`,
        column: x,
        row: y,
        size: cell.initiatives,
        basis: cell.basis,
        color: pillarStyles.get(cell.pillarId)?.color ?? 'var(--color-text-muted)',
        tooltip: {
          title: `${sectorName.get(cell.sectorId) ?? cell.sectorId} — ${columnNames.get(cell.pillarId)?.legend ?? cell.pillarId}`,
          lines: [`${t(`chart.basis.${cell.basis}`)} · ${translatePlural(locale, 'chart.initiatives', cell.initiatives)}`],
        },
      };
    });
  }, [drawn, axes, pillarStyles, sectorName, columnNames, t, locale]);
  const columnLabels = useMemo(
    () => axes.columns.map((c) => ({ full: columnNames.get(c.pillarId)?.axis ?? c.shortLabel, short: columnNames.get(c.pillarId)?.axisShort ?? c.shortLabel })),
    [axes, columnNames],
  );
  const rowLabels = useMemo(() => axes.rows.map((r) => text(r.name).value), [axes, text]);
  // The largest bubble: the frame's largest count, fixed across filters; else the largest drawn.
  const sizeMax = Math.max(1, ...(fixedAxes ?? drawn).cells.map((cell) => cell.initiatives));
  const pillarOfPoint = new Map(drawn.cells.map((c) => [`${c.sectorId}|${c.pillarId}`, c.pillarId]));
  // One function for the panel's lifetime that calls the latest handler (which closes over the current filters):
  // the chart is memoised, and a new function on every change would redraw it even when its data is unchanged.
  const selectPoint = useStableHandler(
    onSelectPillar &&
      ((key: string) => {
        const pillarId = pillarOfPoint.get(key);
        if (pillarId !== undefined) onSelectPillar(pillarId);
      }),
  );

  const { busiest, widest } = selectSectorPillarTakeaway(matrix);
  const takeaway = [
    busiest === null
      ? t('chart.sectorPillar.takeaway.noInitiatives')
      : t('chart.sectorPillar.takeaway.busiest', { sector: isolateText(sectorName.get(busiest.sectorId) ?? ''), count: busiest.initiatives }),
    ...(widest === null
      ? []
      : [t('chart.sectorPillar.takeaway.widest', { sector: isolateText(sectorName.get(widest.sectorId) ?? ''), count: widest.pillars })]),
  ].join(' ');
  const limitNote = limited.limited
    ? t('chart.limited.sectorPillar', {
        rows: drawn.rows.length,
        rowsTotal: limited.rowsTotal,
        columns: drawn.columns.length,
        columnsTotal: limited.columnsTotal,
      })
    : null;

  return (
    <ChartFrame
      title={t('chart.sectorPillar.title')}
      headingLevel={headingLevel}
      embedId="sectors-pillars"
      takeaway={takeaway}
      limitNote={limitNote}
      chartLabel={t('chart.sectorPillar.aria', {
        sectors: translatePlural(locale, 'chart.sectors', matrix.rows.length),
        pillars: translatePlural(locale, 'chart.pillars', matrix.columns.length),
      })}
      // With no initiative in scope, the bubbles would all be drawn at their minimum size under a takeaway that says
      // there is none: the chart says so instead and draws nothing new.
      emptyMessage={
        matrix.rows.length === 0
          ? t('chart.sectorPillar.empty')
          : busiest === null
            ? t('chart.sectorPillar.emptyInitiatives')
            : null
      }
      clickable={onSelectPillar !== undefined}
      chart={
        <SectorPillarMatrixChart
          points={points}
          columnLabels={columnLabels}
          rowLabels={rowLabels}
          sizeMax={sizeMax}
          onSelectPoint={selectPoint}
        />
      }
      legend={<SectorPillarLegend columns={drawn.columns} names={columnNames} pillarStyles={pillarStyles} clickable={onSelectPillar !== undefined} />}
      table={
        <SectorPillarTable
          matrix={matrix}
          names={columnNames}
          pillarStyles={pillarStyles}
          onSelectPillar={onSelectPillar}
          onSelectSector={onSelectSector}
        />
      }
      sourceIds={sourceIds}
      sources={dataset.sources}
    />
  );
}

export default SectorPillarPanel;
