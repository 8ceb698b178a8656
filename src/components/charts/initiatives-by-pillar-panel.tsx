import { useMemo } from 'react';
import { useI18n, translatePlural } from '../../i18n/pack-charts';
import { selectCitedSources } from '../../model/chart-rows/select-cited-sources';
import { selectInitiativesByPillarTakeaway } from '../../model/chart-rows/select-initiatives-by-pillar-takeaway';
import { toInitiativesByPillarRows } from '../../model/chart-rows/to-initiatives-by-pillar-rows';
import { stackTotal, toStackedYearAxis } from '../../model/chart-rows/stacked-year-axis';
import type { Dataset } from '../../data/dataset-schema';
import { ChartFrame } from './chart-frame';
import { ChartLegend } from './chart-legend';
import type { ChartPanelProps } from './chart-panel-props';
import { InitiativesByPillarTable } from './initiatives-by-pillar-table';
import { LegendMarker } from './legend-marker';
import {
  StackedYearBarChart,
  type StackedYearAxisColumn,
  type StackSegment,
  type StackedYearRow,
} from './stacked-year-bar-chart';
import { useStableHandler } from './use-stable-handler';
import { toPillarColumnNames } from '../../model/chart-rows/to-pillar-column-names';
import { isolateText } from '../../model/isolate-text';

interface InitiativesByPillarPanelProps extends ChartPanelProps {
  onSelectPillar?: (pillarId: string) => void;
  /**
   * The whole dataset, whose years and tallest stack the axes keep while the filters change the bars (the pillars
   * page). Without it (or past MAX_FRAME_YEARS) the axes follow the filtered data.
   */
  frame?: Pick<Dataset, 'meetings' | 'pillars' | 'initiatives'>;
}

const yearColumn = (year: number): StackedYearAxisColumn => ({ key: String(year), label: String(year) });

/** A space cannot occur in a dataset id, so this key never collides with a pillar's. */
const UNASSIGNED = ' unassigned';

/** How many initiatives each year brought, stacked by pillar. */
export function InitiativesByPillarPanel({ dataset, pillarStyles, headingLevel, onSelectPillar, frame }: InitiativesByPillarPanelProps) {
  const { locale, t, text } = useI18n();
  // Memoised on the lists read, not the whole filtered dataset (see meetings-timeline-panel.tsx).
  const { meetings, pillars, initiatives } = dataset;
  const data = useMemo(() => toInitiativesByPillarRows({ meetings, pillars, initiatives }), [meetings, pillars, initiatives]);
  const { sources } = dataset;
  const sourceIds = useMemo(
    () => selectCitedSources([...initiatives, ...initiatives.flatMap((n) => n.pillars)], sources),
    [initiatives, sources],
  );
  // What the chart draws is memoised on the data and language: the chart and its marks are memoised and redraw
  // only when these change identity.
  const { pillarName, segments, rows } = useMemo(() => {
    const pillarName = new Map(pillars.map((p) => [p.id, text(p.name).value]));
    const segments: StackSegment[] = [
      ...data.pillarIds.map((id) => ({
        key: id,
        name: pillarName.get(id) ?? id,
        color: pillarStyles.get(id)?.color ?? 'var(--color-text-muted)',
      })),
      ...(data.rows.some((r) => r.unassigned > 0)
        ? [{ key: UNASSIGNED, name: t('chart.byPillar.unassigned'), color: 'var(--color-text-muted)', outlined: true }]
        : []),
    ];
    const rows: StackedYearRow[] = data.rows.map((row) => {
      const values = new Map(row.byPillar);
      values.set(UNASSIGNED, row.unassigned);
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
    return { pillarName, segments, rows };
  }, [pillars, data, pillarStyles, locale, t, text]);

  // The legend numbers each pillar and says its series, as the matrix's columns do ("I · Building Back Together
  // (2021–)"): the original series' pillar I and the relaunched one's are told apart in a picture too.
  const { series } = dataset;
  const legendNames = useMemo(
    () => new Map(toPillarColumnNames(data.pillarIds, { pillars, series }, (value) => text(value).value).map((n) => [n.pillarId, n.legend])),
    [data, pillars, series, text],
  );
  // The frame's lists keep their identity across filter changes, and so do the columns made from them.
  const frameMeetings = frame?.meetings;
  const framePillars = frame?.pillars;
  const frameInitiatives = frame?.initiatives;
  const fixedAxis = useMemo(() => {
    if (!frameMeetings || !framePillars || !frameInitiatives) return null;
    const axis = toStackedYearAxis(toInitiativesByPillarRows({ meetings: frameMeetings, pillars: framePillars, initiatives: frameInitiatives }));
    return axis && { columns: axis.years.map(yearColumn), valueMax: axis.valueMax };
  }, [frameMeetings, framePillars, frameInitiatives]);
  const columns = fixedAxis?.columns ?? rows;
  const valueMax = fixedAxis?.valueMax ?? Math.max(0, ...data.rows.map(stackTotal));

  const { peakYear, topPillar } = selectInitiativesByPillarTakeaway(data);
  const takeaway = [
    ...(peakYear ? [t('chart.byPillar.takeaway.peak', { year: String(peakYear.year), count: peakYear.initiatives })] : []),
    ...(topPillar
      ? [t('chart.byPillar.takeaway.topPillar', { pillar: isolateText(pillarName.get(topPillar.pillarId) ?? ''), count: topPillar.initiatives })]
      : []),
  ].join(' ');
  const notes = [
    t('chart.byPillar.legend.height'),
    ...(segments.some((s) => s.key === UNASSIGNED) ? [t('chart.byPillar.legend.unassigned')] : []),
    ...(data.undated > 0 ? [translatePlural(locale, 'chart.byPillar.undated', data.undated)] : []),
  ];
  const first = data.rows[0];
  const last = data.rows[data.rows.length - 1];

  // Stable and always the latest (see sector-pillar-panel.tsx).
  const selectSegment = useStableHandler(
    onSelectPillar &&
      ((key: string) => {
        if (key !== UNASSIGNED) onSelectPillar(key);
      }),
  );

  return (
    <ChartFrame
      title={t('chart.byPillar.title')}
      headingLevel={headingLevel}
      embedId="initiatives-by-year"
      takeaway={takeaway === '' ? null : takeaway}
      chartLabel={t('chart.byPillar.aria', { from: String(first?.year ?? ''), to: String(last?.year ?? '') })}
      emptyMessage={data.rows.length === 0 ? t('chart.byPillar.empty') : null}
      clickable={onSelectPillar !== undefined}
      chart={
        <StackedYearBarChart
          columns={columns}
          rows={rows}
          valueMax={valueMax}
          segments={segments}
          onSelectSegment={selectSegment}
        />
      }
      legend={
        <ChartLegend
          items={segments.map((s) => ({
            key: s.key,
            marker: <LegendMarker color={s.color} outlined={s.outlined} />,
            label: legendNames.get(s.key) ?? s.name,
          }))}
          notes={notes}
          clickNote={onSelectPillar ? t('chart.byPillar.legend.click') : undefined}
        />
      }
      table={
        <InitiativesByPillarTable data={data} segments={segments} unassignedKey={UNASSIGNED} onSelectPillar={onSelectPillar} />
      }
      sourceIds={sourceIds}
      sources={dataset.sources}
    />
  );
}

export default InitiativesByPillarPanel;
