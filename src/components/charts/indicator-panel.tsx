import { useCallback, useMemo } from 'react';
import { useI18n } from '../../i18n/pack-charts';
import { formatMoney, formatNumber } from '../../i18n/format';
import { selectCitedSources } from '../../model/chart-rows/select-cited-sources';
import { selectIndicatorMetric } from '../../model/chart-rows/select-indicator-metric';
import { selectIndicatorTakeaway } from '../../model/chart-rows/select-indicator-takeaway';
import { toIndicatorRows, type IndicatorRow } from '../../model/chart-rows/to-indicator-rows';
import { ChartFrame } from './chart-frame';
import { ChartLegend } from './chart-legend';
import type { ChartPanelProps } from './chart-panel-props';
import { IndicatorTable } from './indicator-table';
import { LegendMarker } from './legend-marker';
import { usePrefersReducedMotion } from './use-prefers-reduced-motion';
import { ValueBarChart, type ValueBarRow } from './value-bar-chart';
import { isolateText } from '../../model/isolate-text';

interface IndicatorPanelProps extends ChartPanelProps {
  /** The metric to chart; by default the one with the most readings. */
  metric?: string;
}

const BAR_COLOR = 'var(--color-accent)';

/** Quantitative context: one metric's readings by year, values in words, qualifiers kept. Nothing without data. */
export function IndicatorPanel({ dataset, headingLevel, metric }: IndicatorPanelProps) {
  const { locale, t, text } = useI18n();
  const animate = !usePrefersReducedMotion();
  const shownMetric = metric ?? selectIndicatorMetric(dataset.indicators);
  const rows = useMemo(
    () => (shownMetric === null ? [] : toIndicatorRows(dataset.indicators, shownMetric)),
    [dataset.indicators, shownMetric],
  );
  const sourceIds = useMemo(() => {
    const ids = new Set(rows.map((r) => r.indicatorId));
    return selectCitedSources(dataset.indicators.filter((i) => ids.has(i.id)), dataset.sources);
  }, [dataset, rows]);
  const summary = selectIndicatorTakeaway(rows);
  const amount = useCallback(
    (row: IndicatorRow) => (row.unit === 'USD' ? formatMoney(row.value, locale) : `${formatNumber(row.value, locale)} ${row.unit}`),
    [locale],
  );
  const statedValue = useCallback(
    (row: IndicatorRow) =>
      row.qualifier === undefined
        ? amount(row)
        : t('chart.qualified', { qualifier: t(`chart.qualifier.${row.qualifier}`), value: amount(row) }),
    [amount, t],
  );
  // Indicators are context, never filtered: memoised, the bars and the chart stay as they are on a filter change.
  const bars: ValueBarRow[] = useMemo(
    () =>
      rows.map((row) => ({
        key: row.indicatorId,
        label: row.category,
        value: row.value,
        valueLabel: amount(row),
        tooltip: { title: `${text(row.label).value} (${row.category})`, lines: [statedValue(row)] },
      })),
    [rows, amount, statedValue, text],
  );
  if (summary === null) return null;

  const { first, last } = summary;
  const label = text((last ?? first).label).value;
  const takeaway = last
    ? t('chart.indicator.takeaway.change', {
        label: isolateText(label),
        from: statedValue(first),
        fromYear: String(first.year),
        to: statedValue(last),
        toYear: String(last.year),
      })
    : t('chart.indicator.takeaway.single', { label: isolateText(label), value: statedValue(first), year: String(first.year) });
  const notes = [
    t('chart.indicator.legend.length'),
    ...(rows.some((r) => r.category !== String(r.year)) ? [t('chart.indicator.legend.sameYear')] : []),
  ];

  return (
    <ChartFrame
      title={t('chart.indicator.title')}
      headingLevel={headingLevel}
      embedId="indicator"
      takeaway={takeaway}
      chartLabel={t('chart.indicator.aria', { label, from: String(first.year), to: String((last ?? first).year) })}
      emptyMessage={null}
      chart={<ValueBarChart rows={bars} color={BAR_COLOR} animate={animate} />}
      legend={<ChartLegend items={[{ key: 'value', marker: <LegendMarker color={BAR_COLOR} />, label }]} notes={notes} />}
      table={
        <IndicatorTable rows={rows} caption={t('chart.indicator.table.caption', { label })} statedValue={statedValue} />
      }
      sourceIds={sourceIds}
      sources={dataset.sources}
    />
  );
}

export default IndicatorPanel;
