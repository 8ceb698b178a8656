import { useMemo } from 'react';
import { useI18n, type I18n, translatePlural } from '../../i18n/pack-charts';
import type { Locale } from '../../i18n/locale';
import { formatPartialDate } from '../../i18n/format';
import { selectCitedSources } from '../../model/chart-rows/select-cited-sources';
import { selectDelegationTakeaway } from '../../model/chart-rows/select-delegation-takeaway';
import {
  toDelegationCompositionRows,
  type DelegationCompositionRow,
} from '../../model/chart-rows/to-delegation-composition-rows';
import { indexById } from '../../model/record-indexes';
import { ChartFrame } from './chart-frame';
import { ChartLegend } from './chart-legend';
import type { ChartPanelProps } from './chart-panel-props';
import { DelegationTable } from './delegation-table';
import { GroupedBarChart, type BarSeries, type GroupedBarAxisRow, type GroupedBarRow } from './grouped-bar-chart';
import type { Dataset } from '../../data/dataset-schema';
import { LegendMarker } from './legend-marker';
import { useStableHandler } from './use-stable-handler';
import { isolateText } from '../../model/isolate-text';

interface DelegationCompositionPanelProps extends ChartPanelProps {
  onSelectMeeting?: (meetingId: string) => void;
  /**
   * The data whose meetings set the chart's rows and value axis: the whole dataset's, so that filtering changes the
   * bars and not the axes, when all its meetings fit the chart. By default (and when they do not fit), the rows
   * drawn for the filters.
   */
  frame?: Pick<Dataset, 'dialogue' | 'participations' | 'meetings'>;
}

/** A bar group per meeting: past a few dozen the chart is taller than several screens. */
const MAX_CHART_MEETINGS = 24;
const COUNTRY_COLORS: Readonly<Record<string, string>> = { US: 'var(--country-us)', MX: 'var(--country-mx)' };
const ORDER_COLORS: readonly string[] = ['var(--country-us)', 'var(--country-mx)'];
const POSITION_KEYS = ['chart.delegation.legend.position.1', 'chart.delegation.legend.position.2'] as const;

/** A meeting's axis label: its month and, on a second line, its city ("virtual" for a virtual one). */
function shortLabel(row: DelegationCompositionRow, locale: Locale, t: I18n['t']): string {
  const when = formatPartialDate(row.date.slice(0, 7), locale, 'short');
  const where = row.city ?? (row.virtual === true ? t('chart.place.virtual') : null);
  return where === null ? when : `${when}\n${where}`;
}

/** The most people any country sent to any of these meetings. */
const largestDelegation = (rows: readonly DelegationCompositionRow[]) =>
  Math.max(0, ...rows.flatMap((row) => row.countries.map((c) => c.participants)));

/** How many people each country sent to each meeting, and from which organisations. */
export function DelegationCompositionPanel({ dataset, headingLevel, onSelectMeeting, frame }: DelegationCompositionPanelProps) {
  const { locale, t, text } = useI18n();
  // Memoised on the lists read, not the whole filtered dataset (see meetings-timeline-panel.tsx).
  const { dialogue, participations, meetings: meetingList, organizations: organizationList, sources } = dataset;
  const rows = useMemo(
    () => toDelegationCompositionRows({ dialogue, participations, meetings: meetingList }),
    [dialogue, participations, meetingList],
  );
  const sourceIds = useMemo(() => selectCitedSources(participations, sources), [participations, sources]);

  // Everything the chart draws is memoised on the data and language: the chart is memoised and recharts redraws
  // only what changes identity (see sector-pillar-panel.tsx).
  const drawing = useMemo(() => {
    const countryNames = new Map(dialogue.countries.map((c) => [c.code, text(c.name).value]));
    const organizations = new Map(organizationList.map((o) => [o.id, o.abbreviation ?? text(o.name).value]));
    const meetings = indexById(meetingList);
    // "Title, date" of a meeting, made when asked for: the chart names only the meetings it draws, the table
    // (rendered when opened) all of them.
    const meetingName = (id: string) => {
      const meeting = meetings.get(id);
      return meeting ? `${text(meeting.title).value}, ${formatPartialDate(meeting.date, locale)}` : id;
    };
    const organizationsText = (row: DelegationCompositionRow, country: string) =>
      (row.countries.find((c) => c.country === country)?.organizations ?? [])
        .map((o) => `${organizations.get(o.organizationId) ?? o.organizationId} (${o.participants})`)
        .join(', ');

    const countryCodes = rows[0]?.countries.map((c) => c.country) ?? [];
    // Another dialogue's two countries take the same two colours, in the dialogue's order.
    const series: BarSeries[] = countryCodes.map((code, index) => ({
      key: code,
      name: countryNames.get(code) ?? code,
      color: COUNTRY_COLORS[code] ?? ORDER_COLORS[index] ?? 'var(--color-text-muted)',
    }));
    // Rows are in date order; beyond MAX_CHART_MEETINGS the chart draws the most recent (the table keeps them all).
    const drawnRows = rows.length > MAX_CHART_MEETINGS ? rows.slice(-MAX_CHART_MEETINGS) : rows;
    const chartRows: GroupedBarRow[] = drawnRows.map((row) => ({
      key: row.meetingId,
      label: shortLabel(row, locale, t),
      values: new Map(row.countries.map((c) => [c.country, c.participants])),
      tooltip: {
        title: meetingName(row.meetingId),
        lines: row.countries.map((c) => {
          const orgs = organizationsText(row, c.country);
          const head = `${countryNames.get(c.country) ?? c.country}: ${translatePlural(locale, 'chart.people', c.participants)}`;
          return orgs === '' ? head : `${head} — ${orgs}`;
        }),
      },
    }));
    return { countryNames, meetings, meetingName, organizationsText, series, chartRows };
  }, [dialogue, organizationList, meetingList, rows, locale, t, text]);
  const { countryNames, meetings, meetingName, organizationsText, series, chartRows } = drawing;
  // The frame's lists keep their identity across filter changes, and so do the axis rows made from them.
  const frameDialogue = frame?.dialogue;
  const frameParticipations = frame?.participations;
  const frameMeetings = frame?.meetings;
  const fixedAxis = useMemo(() => {
    if (!frameDialogue || !frameParticipations || !frameMeetings) return null;
    const whole = toDelegationCompositionRows({ dialogue: frameDialogue, participations: frameParticipations, meetings: frameMeetings });
    if (whole.length > MAX_CHART_MEETINGS) return null;
    return {
      rows: whole.map((row): GroupedBarAxisRow => ({ key: row.meetingId, label: shortLabel(row, locale, t) })),
      valueMax: largestDelegation(whole),
    };
  }, [frameDialogue, frameParticipations, frameMeetings, locale, t]);
  // The chart's rows and value axis: the whole dataset's where they fit, else those of the rows drawn (the most
  // recent, past MAX_CHART_MEETINGS).
  const axisRows = fixedAxis?.rows ?? chartRows;
  const valueMax = fixedAxis?.valueMax ?? Math.max(0, ...chartRows.flatMap((row) => [...row.values.values()]));
  const limitNote =
    chartRows.length < rows.length ? t('chart.limited.delegation', { shown: chartRows.length, total: rows.length }) : null;

  const { largest } = selectDelegationTakeaway(rows);
  const largestMeeting = largest ? meetings.get(largest.meetingId) : undefined;
  const takeaway =
    largest && largestMeeting
      ? t('chart.delegation.takeaway', {
          country: isolateText(countryNames.get(largest.country) ?? largest.country),
          people: translatePlural(locale, 'chart.people', largest.participants),
          meeting: isolateText(text(largestMeeting.title).value),
          date: formatPartialDate(largestMeeting.date, locale),
        })
      : null;
  const legendItems = series.map((s, index) => ({
    key: s.key,
    marker: <LegendMarker color={s.color} />,
    label: t('chart.delegation.legend.order', {
      country: s.name,
      position: t(POSITION_KEYS[index] ?? 'chart.delegation.legend.position.other'),
    }),
  }));

  // Stable and always the latest (see sector-pillar-panel.tsx).
  const selectRow = useStableHandler(onSelectMeeting);

  return (
    <ChartFrame
      title={t('chart.delegation.title')}
      headingLevel={headingLevel}
      embedId="delegations"
      takeaway={takeaway}
      limitNote={limitNote}
      chartLabel={t('chart.delegation.aria', { meetings: translatePlural(locale, 'chart.meetings', rows.length) })}
      emptyMessage={rows.length === 0 ? t('chart.delegation.empty') : null}
      clickable={onSelectMeeting !== undefined}
      chart={
        <GroupedBarChart
          axisRows={axisRows}
          rows={chartRows}
          valueMax={valueMax}
          series={series}
          filteredOut={t('chart.delegation.filteredOut')}
          onSelectRow={selectRow}
        />
      }
      legend={
        <ChartLegend
          items={legendItems}
          notes={[t('chart.delegation.legend.length')]}
          clickNote={onSelectMeeting ? t('chart.delegation.legend.click') : undefined}
        />
      }
      table={
        <DelegationTable
          rows={rows}
          meetingName={meetingName}
          countryNames={countryNames}
          organizationsText={organizationsText}
          onSelectMeeting={onSelectMeeting}
        />
      }
      sourceIds={sourceIds}
      sources={dataset.sources}
    />
  );
}

export default DelegationCompositionPanel;
