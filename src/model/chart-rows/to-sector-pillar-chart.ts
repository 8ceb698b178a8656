import type { Dataset } from '../../data/dataset-schema';
import { translatePlural } from '../../i18n/pack-charts';
import { isolateText } from '../isolate-text';
import { pickText } from '../pick-text';
import type { PillarStyle } from '../select-pillar-colors';
import type { ChartFraming, ChartWords } from './chart-words';
import { limitSectorPillarMatrix } from './limit-sector-pillar-matrix';
import { selectCitedSources } from './select-cited-sources';
import { selectSectorPillarTakeaway } from './select-sector-pillar-takeaway';
import { toPillarColumnNames, type PillarColumnName } from './to-pillar-column-names';
import { toSectorPillarMatrixRows, type SectorPillarMatrix } from './to-sector-pillar-matrix-rows';

/** Beyond this the labels and bubbles stop fitting a laptop screen (40 px a row; a column label such as "PA4·05" needs ~50 px of the overview's half-width chart). */
const MAX_CHART_SECTORS = 20;
const MAX_CHART_PILLARS = 10;
const NEUTRAL = 'var(--color-text-muted)';

type SectorPillarData = Pick<Dataset, 'sectors' | 'pillars' | 'series' | 'initiatives'>;

/** The chart's rows and columns, their labels and the largest bubble's count: what stays put while filters change. */
interface SectorPillarAxes {
  matrix: SectorPillarMatrix;
  columnLabels: { full: string; short: string }[];
  rowLabels: string[];
  sizeMax: number;
}

/** What the matrix's frame (the whole dataset) fixes: the pillars' names, and the axes when they fit the chart. */
interface SectorPillarFrame {
  names: ReadonlyMap<string, PillarColumnName>;
  axes: SectorPillarAxes | null;
}

/** Each pillar's number, series and name: on the axis, in the legend, the tooltip and the table. */
function toNames(data: Pick<Dataset, 'pillars' | 'series'>, words: ChartWords): Map<string, PillarColumnName> {
  const names = toPillarColumnNames(
    data.pillars.map((p) => p.id),
    data,
    (value) => pickText(value, words.locale),
  );
  return new Map(names.map((name) => [name.pillarId, name]));
}

function toAxes(
  matrix: SectorPillarMatrix,
  names: ReadonlyMap<string, PillarColumnName>,
  words: ChartWords,
): SectorPillarAxes {
  return {
    matrix,
    columnLabels: matrix.columns.map((c) => ({
      full: names.get(c.pillarId)?.axis ?? c.shortLabel,
      short: names.get(c.pillarId)?.axisShort ?? c.shortLabel,
    })),
    rowLabels: matrix.rows.map((r) => pickText(r.name, words.locale)),
    sizeMax: Math.max(1, ...matrix.cells.map((cell) => cell.initiatives)),
  };
}

/**
 * The frame of the matrix, from the whole dataset: the rows and columns of its whole matrix when that fits the chart
 * (else null: the chart then follows the filtered matrix), so that filtering changes the bubbles and not the axes.
 */
export function toSectorPillarFrame(frame: SectorPillarData, words: ChartWords): SectorPillarFrame {
  const names = toNames(frame, words);
  const whole = toSectorPillarMatrixRows(frame);
  const fits = !limitSectorPillarMatrix(whole, MAX_CHART_SECTORS, MAX_CHART_PILLARS).limited;
  return { names, axes: fits ? toAxes(whole, names, words) : null };
}

/**
 * Which pillars each sector falls under, sized by shared initiatives: the bubbles drawn (at most MAX_CHART_SECTORS ×
 * MAX_CHART_PILLARS, placed on the frame's axes when there is one), their tooltips, the cited sources and the words
 * around the chart.
 */
export function toSectorPillarChart(
  data: SectorPillarData & Pick<Dataset, 'sources'>,
  frame: SectorPillarFrame | null,
  pillarStyles: ReadonlyMap<string, PillarStyle>,
  words: ChartWords,
) {
  const { locale, t } = words;
  const matrix = toSectorPillarMatrixRows(data);
  const limited = limitSectorPillarMatrix(matrix, MAX_CHART_SECTORS, MAX_CHART_PILLARS);
  const drawn = limited.matrix;
  const names = frame?.names ?? toNames(data, words);
  const axes = frame?.axes ?? toAxes(drawn, names, words);

  const sectorName = new Map(matrix.rows.map((r) => [r.sectorId, pickText(r.name, locale)]));
  const axisColumn = new Map(axes.matrix.columns.map((c, index) => [c.pillarId, index]));
  const axisRow = new Map(axes.matrix.rows.map((r, index) => [r.sectorId, index]));
  const points = drawn.cells.flatMap((cell) => {
    const column = axisColumn.get(cell.pillarId);
    const row = axisRow.get(cell.sectorId);
    if (column === undefined || row === undefined) return [];
    return [
      {
        key: `${cell.sectorId}|${cell.pillarId}`,
        column,
        row,
        size: cell.initiatives,
        basis: cell.basis,
        color: pillarStyles.get(cell.pillarId)?.color ?? NEUTRAL,
        tooltip: {
          title: `${sectorName.get(cell.sectorId) ?? cell.sectorId} — ${names.get(cell.pillarId)?.legend ?? cell.pillarId}`,
          lines: [
            `${t(`chart.basis.${cell.basis}`)} · ${translatePlural(locale, 'chart.initiatives', cell.initiatives)}`,
          ],
        },
      },
    ];
  });

  const shownSectors = new Set(matrix.rows.map((r) => r.sectorId));
  const shownPillars = new Set(matrix.columns.map((c) => c.pillarId));
  const citedSectors = data.sectors.filter((s) => shownSectors.has(s.id));
  const links = citedSectors.flatMap((s) => s.pillarLinks.filter((l) => shownPillars.has(l.pillar)));
  const citedInitiatives = data.initiatives.filter((n) => n.sectors.some((s) => shownSectors.has(s)));

  const { busiest, widest } = selectSectorPillarTakeaway(matrix);
  const named = (sectorId: string) => isolateText(sectorName.get(sectorId) ?? '');
  const framing: ChartFraming = {
    title: t('chart.sectorPillar.title'),
    takeaway: [
      busiest === null
        ? t('chart.sectorPillar.takeaway.noInitiatives')
        : t('chart.sectorPillar.takeaway.busiest', { sector: named(busiest.sectorId), count: busiest.initiatives }),
      ...(widest === null
        ? []
        : [t('chart.sectorPillar.takeaway.widest', { sector: named(widest.sectorId), count: widest.pillars })]),
    ].join(' '),
    limitNote: limited.limited
      ? t('chart.limited.sectorPillar', {
          rows: drawn.rows.length,
          rowsTotal: limited.rowsTotal,
          columns: drawn.columns.length,
          columnsTotal: limited.columnsTotal,
        })
      : null,
    chartLabel: t('chart.sectorPillar.aria', {
      sectors: translatePlural(locale, 'chart.sectors', matrix.rows.length),
      pillars: translatePlural(locale, 'chart.pillars', matrix.columns.length),
    }),
    // With no initiative in scope, the bubbles would all be drawn at their minimum size under a takeaway that says
    // there is none: the chart says so instead.
    emptyMessage:
      matrix.rows.length === 0
        ? t('chart.sectorPillar.empty')
        : busiest === null
          ? t('chart.sectorPillar.emptyInitiatives')
          : null,
    sourceIds: selectCitedSources([...citedSectors, ...links, ...citedInitiatives], data.sources),
  };
  return {
    /** The full matrix of the data: the takeaway, the table twin and the sources cover all of it. */
    matrix,
    names,
    /** The columns drawn, for the legend. */
    drawnColumns: drawn.columns,
    axes,
    points,
    /** The pillar a point stands for, by its key. */
    pillarOfPoint: new Map(drawn.cells.map((c) => [`${c.sectorId}|${c.pillarId}`, c.pillarId])),
    framing,
  };
}
