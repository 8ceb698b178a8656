import { MeetingKindSchema, type Dataset } from '../../data/dataset-schema';
import { formatPartialDate } from '../../i18n/format';
import { translatePlural } from '../../i18n/pack-charts';
import { pickText } from '../pick-text';
import type { ChartFraming, ChartWords } from './chart-words';
import { meetingKindSymbols } from './meeting-kind-symbols';
import { selectCitedSources } from './select-cited-sources';
import { selectMeetingsTimelineTakeaway } from './select-meetings-timeline-takeaway';
import { toMeetingsTimelineBins } from './to-meetings-timeline-bins';
import {
  toMeetingsTimelineRows,
  toTimelineFrame,
  type TimelineFrame,
  type TimelineMeetingRow,
} from './to-meetings-timeline-rows';

/** Past this many meetings the chart draws one marker per series and year (the table twin lists every meeting). */
const MAX_TIMELINE_MARKERS = 240;
const SEVERAL = 'several';

type TimelineData = Pick<Dataset, 'meetings' | 'series'>;

/** The timeline's lanes, time span and lane labels: what stays put while filters change. */
interface TimelineAxes {
  frame: TimelineFrame;
  laneLabels: string[];
}

/** The year of a time-axis tick. */
export const formatTimelineYear = (time: number) => String(new Date(time).getUTCFullYear());

/** The meeting a marker stands for, or null for a marker of several meetings (it selects none). */
export const meetingOfMarker = (key: string): string | null => (key.startsWith(`${SEVERAL}:`) ? null : key);

/** The axes from the frame (the whole dataset): its lanes and span, so that filtering changes the markers only. */
export function toTimelineAxes(frame: TimelineData, words: ChartWords): TimelineAxes {
  const axes = toTimelineFrame(frame);
  return { frame: axes, laneLabels: axes.lanes.map((lane) => pickText(lane.name, words.locale)) };
}

/** Every meeting on one time axis, a lane per series, shaped by kind; binned per series and year when too many. */
export function toMeetingsTimelineChart(
  data: TimelineData & Pick<Dataset, 'sources'>,
  axes: TimelineAxes,
  words: ChartWords,
) {
  const { locale, t } = words;
  const timeline = toMeetingsTimelineRows(data, axes.frame);
  const binned = timeline.rows.length > MAX_TIMELINE_MARKERS;
  const kindsShown = new Set(timeline.rows.map((r) => r.kind));
  const groups = [
    ...MeetingKindSchema.options
      .filter((kind) => kindsShown.has(kind))
      .map((kind) => ({ key: kind, name: t(`chart.kind.${kind}`), ...meetingKindSymbols[kind] })),
    ...(binned
      ? [
          {
            key: SEVERAL,
            name: t('chart.timeline.several'),
            symbol: 'cross' as const,
            color: 'var(--color-text-muted)',
          },
        ]
      : []),
  ];
  const placeOf = (row: TimelineMeetingRow) =>
    row.city ?? (row.virtual === true ? t('chart.place.virtual') : t('chart.place.unknown'));
  // A date is formatted once however many meetings share it.
  const dates = new Map<string, string>();
  const date = (value: string) => {
    const known = dates.get(value) ?? formatPartialDate(value, locale);
    dates.set(value, known);
    return known;
  };
  const markers = binned
    ? toMeetingsTimelineBins(timeline).map((bin) => ({
        key: bin.meetingId ?? `${SEVERAL}:${bin.lane}:${bin.year}`,
        x: bin.time,
        y: bin.lane,
        group: bin.kind ?? SEVERAL,
        tooltip: {
          title: `${axes.laneLabels[bin.lane] ?? ''} · ${bin.year}`,
          lines: [
            translatePlural(locale, 'chart.meetings', bin.meetings),
            ...bin.kinds.map((k) => `${t(`chart.kind.${k.kind}`)}: ${k.meetings}`),
          ],
        },
      }))
    : timeline.rows.map((row) => ({
        key: row.meetingId,
        x: row.time,
        y: row.y,
        group: row.kind,
        tooltip: {
          title: pickText(row.title, locale),
          lines: [`${date(row.date)} · ${placeOf(row)}`, t(`chart.kind.${row.kind}`)],
        },
      }));

  const summary = selectMeetingsTimelineTakeaway(timeline);
  const span = summary && {
    meetings: translatePlural(locale, 'chart.meetings', summary.meetings),
    first: formatPartialDate(summary.firstDate, locale),
    last: formatPartialDate(summary.lastDate, locale),
  };
  const framing: ChartFraming = {
    title: t('chart.timeline.title'),
    takeaway:
      summary && span
        ? t('chart.timeline.takeaway', {
            ...span,
            kind: t(`chart.kind.${summary.commonestKind.kind}`),
            count: summary.commonestKind.meetings,
          })
        : null,
    limitNote: binned ? t('chart.limited.timeline', { meetings: timeline.rows.length }) : null,
    chartLabel: span ? t('chart.timeline.aria', span) : '',
    emptyMessage: timeline.rows.length === 0 ? t('chart.timeline.empty') : null,
    sourceIds: selectCitedSources(data.meetings, data.sources),
  };
  return {
    timeline,
    /** A marker group per kind shown, then "several" when markers are binned; the legend's entries too. */
    groups,
    markers,
    /** Where a meeting was: its city, "virtual", or "place not stated". */
    placeOf,
    framing,
  };
}
