import type { Dataset } from '../../data/dataset-schema';
import { formatPartialDate } from '../../i18n/format';
import { translatePlural } from '../../i18n/pack-charts';
import { isolateText } from '../isolate-text';
import { pickText } from '../pick-text';
import { indexById } from '../record-indexes';
import type { ChartFraming, ChartWords } from './chart-words';
import { selectCitedSources } from './select-cited-sources';
import { selectDelegationTakeaway } from './select-delegation-takeaway';
import { toDelegationCompositionRows, type DelegationCompositionRow } from './to-delegation-composition-rows';

/** A bar group per meeting: past a few dozen the chart is taller than several screens. */
const MAX_CHART_MEETINGS = 24;
const COUNTRY_COLORS: Readonly<Record<string, string>> = { US: 'var(--country-us)', MX: 'var(--country-mx)' };
const ORDER_COLORS: readonly string[] = ['var(--country-us)', 'var(--country-mx)'];
const POSITION_KEYS = ['chart.delegation.legend.position.1', 'chart.delegation.legend.position.2'] as const;

type DelegationData = Pick<Dataset, 'dialogue' | 'participations' | 'meetings'>;

/** The chart's rows (a meeting each) and value axis: what stays put while filters change. */
interface DelegationAxes {
  rows: { key: string; label: string }[];
  valueMax: number;
}

/** A meeting's axis label: its month and, on a second line, its city ("virtual" for a virtual one). */
function axisLabel(row: DelegationCompositionRow, { locale, t }: ChartWords): string {
  const when = formatPartialDate(row.date.slice(0, 7), locale, 'short');
  const where = row.city ?? (row.virtual === true ? t('chart.place.virtual') : null);
  return where === null ? when : `${when}\n${where}`;
}

/** The most people any country sent to any of these meetings. */
const largestDelegation = (rows: readonly DelegationCompositionRow[]) =>
  Math.max(0, ...rows.flatMap((row) => row.countries.map((c) => c.participants)));

/**
 * The axes kept from the frame (the whole dataset): its meetings and its largest delegation, so that filtering
 * changes the bars and not the axes; null when its meetings do not fit the chart (the axes then follow the bars).
 */
export function toDelegationFrame(frame: DelegationData, words: ChartWords): DelegationAxes | null {
  const whole = toDelegationCompositionRows(frame);
  if (whole.length > MAX_CHART_MEETINGS) return null;
  return {
    rows: whole.map((row) => ({ key: row.meetingId, label: axisLabel(row, words) })),
    valueMax: largestDelegation(whole),
  };
}

/** How many people each country sent to each meeting, and from which organisations: bars, tooltips and words. */
export function toDelegationCompositionChart(
  data: DelegationData & Pick<Dataset, 'organizations' | 'sources'>,
  frame: DelegationAxes | null,
  words: ChartWords,
) {
  const { locale, t } = words;
  const rows = toDelegationCompositionRows(data);
  const countryNames = new Map(data.dialogue.countries.map((c) => [c.code, pickText(c.name, locale)]));
  const organizations = new Map(data.organizations.map((o) => [o.id, o.abbreviation ?? pickText(o.name, locale)]));
  const meetings = indexById(data.meetings);
  // Made when asked for: the chart names only the meetings it draws, the table (rendered when opened) all of them.
  const meetingName = (id: string) => {
    const meeting = meetings.get(id);
    return meeting ? `${pickText(meeting.title, locale)}, ${formatPartialDate(meeting.date, locale)}` : id;
  };
  const organizationsText = (row: DelegationCompositionRow, country: string) =>
    (row.countries.find((c) => c.country === country)?.organizations ?? [])
      .map((o) => `${organizations.get(o.organizationId) ?? o.organizationId} (${o.participants})`)
      .join(', ');
  const countryName = (code: string) => countryNames.get(code) ?? code;

  // Another dialogue's two countries take the same two colours, in the dialogue's order.
  const series = (rows[0]?.countries ?? []).map(({ country }, index) => ({
    key: country,
    name: countryName(country),
    color: COUNTRY_COLORS[country] ?? ORDER_COLORS[index] ?? 'var(--color-text-muted)',
    legend: t('chart.delegation.legend.order', {
      country: countryName(country),
      position: t(POSITION_KEYS[index] ?? 'chart.delegation.legend.position.other'),
    }),
  }));
  const drawnRows = rows.length > MAX_CHART_MEETINGS ? rows.slice(-MAX_CHART_MEETINGS) : rows;
  const chartRows = drawnRows.map((row) => ({
    key: row.meetingId,
    label: axisLabel(row, words),
    values: new Map(row.countries.map((c) => [c.country, c.participants])),
    tooltip: {
      title: meetingName(row.meetingId),
      lines: row.countries.map((c) => {
        const orgs = organizationsText(row, c.country);
        const head = `${countryName(c.country)}: ${translatePlural(locale, 'chart.people', c.participants)}`;
        return orgs === '' ? head : `${head} — ${orgs}`;
      }),
    },
  }));

  const { largest } = selectDelegationTakeaway(rows);
  const largestMeeting = largest ? meetings.get(largest.meetingId) : undefined;
  const framing: ChartFraming = {
    title: t('chart.delegation.title'),
    takeaway:
      largest && largestMeeting
        ? t('chart.delegation.takeaway', {
            country: isolateText(countryName(largest.country)),
            people: translatePlural(locale, 'chart.people', largest.participants),
            meeting: isolateText(pickText(largestMeeting.title, locale)),
            date: formatPartialDate(largestMeeting.date, locale),
          })
        : null,
    limitNote:
      drawnRows.length < rows.length
        ? t('chart.limited.delegation', { shown: drawnRows.length, total: rows.length })
        : null,
    chartLabel: t('chart.delegation.aria', { meetings: translatePlural(locale, 'chart.meetings', rows.length) }),
    emptyMessage: rows.length === 0 ? t('chart.delegation.empty') : null,
    sourceIds: selectCitedSources(data.participations, data.sources),
  };
  return {
    /** Every meeting with a delegation, in date order: the takeaway and the table twin cover them all. */
    rows,
    /** A bar series per country, in the dialogue's order, with the legend's words. */
    series,
    /** The meetings drawn: past MAX_CHART_MEETINGS, the most recent. */
    chartRows,
    axes: frame ?? { rows: chartRows, valueMax: largestDelegation(drawnRows) },
    countryNames,
    /** "Title, date" of a meeting. */
    meetingName,
    /** "SRE (2), SE (1)": the organisations a country's delegates came from. */
    organizationsText,
    framing,
  };
}
