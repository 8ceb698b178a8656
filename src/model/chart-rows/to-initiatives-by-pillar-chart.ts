import type { Dataset } from '../../data/dataset-schema';
import { translatePlural } from '../../i18n/pack-charts';
import { isolateText } from '../isolate-text';
import { pickText } from '../pick-text';
import type { PillarStyle } from '../select-pillar-colors';
import type { ChartFraming, ChartWords } from './chart-words';
import { selectCitedSources } from './select-cited-sources';
import { selectInitiativesByPillarTakeaway } from './select-initiatives-by-pillar-takeaway';
import { stackTotal, toStackedYearAxis } from './stacked-year-axis';
import { toInitiativesByPillarRows } from './to-initiatives-by-pillar-rows';
import { toPillarColumnNames } from './to-pillar-column-names';

/** The segment of initiatives with no pillar. A space cannot occur in a dataset id, so it never collides with a pillar's. */
export const UNASSIGNED_SEGMENT = ' unassigned';
const NEUTRAL = 'var(--color-text-muted)';

type InitiativesByPillarData = Pick<Dataset, 'meetings' | 'pillars' | 'initiatives'>;

/** The chart's columns (a year each) and value axis: what stays put while filters change. */
interface StackedYearAxes {
  columns: { key: string; label: string }[];
  valueMax: number;
}

const yearColumn = (year: number) => ({ key: String(year), label: String(year) });

/**
 * The axes kept from the frame (the whole dataset): every year from its first to its last, and its tallest stack;
 * null past MAX_FRAME_YEARS (the axes then follow the filtered data).
 */
export function toInitiativesByPillarFrame(frame: InitiativesByPillarData): StackedYearAxes | null {
  const axis = toStackedYearAxis(toInitiativesByPillarRows(frame));
  return axis && { columns: axis.years.map(yearColumn), valueMax: axis.valueMax };
}

/** How many initiatives each year brought, stacked by pillar: segments, bars, tooltips and the words around them. */
export function toInitiativesByPillarChart(
  dataset: InitiativesByPillarData & Pick<Dataset, 'series' | 'sources'>,
  frame: StackedYearAxes | null,
  pillarStyles: ReadonlyMap<string, PillarStyle>,
  words: ChartWords,
) {
  const { locale, t } = words;
  const data = toInitiativesByPillarRows(dataset);
  const pillarName = new Map(dataset.pillars.map((p) => [p.id, pickText(p.name, locale)]));
  // The legend numbers each pillar and says its series, as the matrix's columns do ("I · Building Back Together
  // (2021–)"): the original series' pillar I and the relaunched one's are told apart in a picture too.
  const legend = new Map(
    toPillarColumnNames(data.pillarIds, dataset, (value) => pickText(value, locale)).map((n) => [n.pillarId, n.legend]),
  );
  const unassigned = data.rows.some((r) => r.unassigned > 0);
  const segments: { key: string; name: string; color: string; outlined?: boolean; legend: string }[] = [
    ...data.pillarIds.map((id) => {
      const name = pillarName.get(id) ?? id;
      return { key: id, name, color: pillarStyles.get(id)?.color ?? NEUTRAL, legend: legend.get(id) ?? name };
    }),
    ...(unassigned
      ? [
          {
            key: UNASSIGNED_SEGMENT,
            name: t('chart.byPillar.unassigned'),
            color: NEUTRAL,
            outlined: true,
            legend: t('chart.byPillar.unassigned'),
          },
        ]
      : []),
  ];
  const rows = data.rows.map((row) => {
    const values = new Map(row.byPillar);
    values.set(UNASSIGNED_SEGMENT, row.unassigned);
    return {
      ...yearColumn(row.year),
      values,
      tooltip: {
        title: `${row.year} · ${translatePlural(locale, 'chart.initiatives', row.initiatives)}`,
        lines: segments.flatMap((s) => {
          const count = values.get(s.key) ?? 0;
          return count > 0 ? [`${s.name}: ${count}`] : [];
        }),
      },
    };
  });

  const { peakYear, topPillar } = selectInitiativesByPillarTakeaway(data);
  const takeaway = [
    ...(peakYear
      ? [t('chart.byPillar.takeaway.peak', { year: String(peakYear.year), count: peakYear.initiatives })]
      : []),
    ...(topPillar
      ? [
          t('chart.byPillar.takeaway.topPillar', {
            pillar: isolateText(pillarName.get(topPillar.pillarId) ?? ''),
            count: topPillar.initiatives,
          }),
        ]
      : []),
  ].join(' ');
  const first = data.rows[0];
  const last = data.rows[data.rows.length - 1];
  const framing: ChartFraming = {
    title: t('chart.byPillar.title'),
    takeaway: takeaway === '' ? null : takeaway,
    limitNote: null,
    chartLabel: t('chart.byPillar.aria', { from: String(first?.year ?? ''), to: String(last?.year ?? '') }),
    emptyMessage: data.rows.length === 0 ? t('chart.byPillar.empty') : null,
    sourceIds: selectCitedSources(
      [...dataset.initiatives, ...dataset.initiatives.flatMap((n) => n.pillars)],
      dataset.sources,
    ),
  };
  return {
    data,
    /** The stack's segments: its pillars in dataset order, then "Unassigned" when a year has any; with legend words. */
    segments,
    rows,
    axes: frame ?? { columns: rows, valueMax: Math.max(0, ...data.rows.map(stackTotal)) },
    notes: [
      t('chart.byPillar.legend.height'),
      ...(unassigned ? [t('chart.byPillar.legend.unassigned')] : []),
      ...(data.undated > 0 ? [translatePlural(locale, 'chart.byPillar.undated', data.undated)] : []),
    ],
    framing,
  };
}
