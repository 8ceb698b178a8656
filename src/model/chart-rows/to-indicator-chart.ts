import type { Dataset } from '../../data/dataset-schema';
import { formatMoney, formatNumber } from '../../i18n/format';
import { isolateText } from '../isolate-text';
import { pickText } from '../pick-text';
import type { ChartFraming, ChartWords } from './chart-words';
import { selectCitedSources } from './select-cited-sources';
import { selectIndicatorMetric } from './select-indicator-metric';
import { selectIndicatorTakeaway } from './select-indicator-takeaway';
import { toIndicatorRows, type IndicatorRow } from './to-indicator-rows';

/**
 * Quantitative context: one metric's readings by year (`metric`, by default the one with the most readings), values
 * in words, qualifiers kept. Null when there is no reading to show.
 */
export function toIndicatorChart(
  data: Pick<Dataset, 'indicators' | 'sources'>,
  metric: string | undefined,
  words: ChartWords,
) {
  const { locale, t } = words;
  const shown = metric ?? selectIndicatorMetric(data.indicators);
  const rows = shown === null ? [] : toIndicatorRows(data.indicators, shown);
  const summary = selectIndicatorTakeaway(rows);
  if (summary === null) return null;

  const amount = (row: IndicatorRow) =>
    row.unit === 'USD' ? formatMoney(row.value, locale) : `${formatNumber(row.value, locale)} ${row.unit}`;
  const statedValue = (row: IndicatorRow) =>
    row.qualifier === undefined
      ? amount(row)
      : t('chart.qualified', { qualifier: t(`chart.qualifier.${row.qualifier}`), value: amount(row) });
  const { first, last } = summary;
  const label = pickText((last ?? first).label, locale);
  const ids = new Set(rows.map((r) => r.indicatorId));
  const framing: ChartFraming = {
    title: t('chart.indicator.title'),
    takeaway: last
      ? t('chart.indicator.takeaway.change', {
          label: isolateText(label),
          from: statedValue(first),
          fromYear: String(first.year),
          to: statedValue(last),
          toYear: String(last.year),
        })
      : t('chart.indicator.takeaway.single', {
          label: isolateText(label),
          value: statedValue(first),
          year: String(first.year),
        }),
    limitNote: null,
    chartLabel: t('chart.indicator.aria', { label, from: String(first.year), to: String((last ?? first).year) }),
    emptyMessage: null,
    sourceIds: selectCitedSources(
      data.indicators.filter((i) => ids.has(i.id)),
      data.sources,
    ),
  };
  return {
    rows,
    /** The bars' one colour. */
    color: 'var(--color-accent)',
    bars: rows.map((row) => ({
      key: row.indicatorId,
      label: row.category,
      value: row.value,
      valueLabel: amount(row),
      tooltip: { title: `${pickText(row.label, locale)} (${row.category})`, lines: [statedValue(row)] },
    })),
    /** A reading in words, its qualifier kept: "more than $864 billion". */
    statedValue,
    /** The metric's name (of its latest reading), for the legend. */
    label,
    notes: [
      t('chart.indicator.legend.length'),
      ...(rows.some((r) => r.category !== String(r.year)) ? [t('chart.indicator.legend.sameYear')] : []),
    ],
    tableCaption: t('chart.indicator.table.caption', { label }),
    framing,
  };
}
