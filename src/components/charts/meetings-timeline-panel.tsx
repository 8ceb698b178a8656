import { useMemo } from 'react';
import { MeetingKindSchema } from '../../data/dataset-schema';
import { useI18n, translatePlural } from '../../i18n/pack-charts';
import { formatPartialDate } from '../../i18n/format';
import { selectCitedSources } from '../../model/chart-rows/select-cited-sources';
import { selectMeetingsTimelineTakeaway } from '../../model/chart-rows/select-meetings-timeline-takeaway';
import { toMeetingsTimelineRows, toTimelineFrame, type TimelineMeetingRow } from '../../model/chart-rows/to-meetings-timeline-rows';
import type { Dataset } from '../../data/dataset-schema';
import { toMeetingsTimelineBins } from '../../model/chart-rows/to-meetings-timeline-bins';
import { ChartFrame } from './chart-frame';
import { ChartLegend } from './chart-legend';
import type { ChartPanelProps } from './chart-panel-props';
import { LegendMarker } from './legend-marker';
import { meetingKindSymbols } from './meeting-kind-symbols';
import { MeetingsTimelineTable } from './meetings-timeline-table';
import { TimelineScatterChart, type MarkerGroup, type TimelineMarker } from './timeline-scatter-chart';
import { useStableHandler } from './use-stable-handler';

interface MeetingsTimelinePanelProps extends ChartPanelProps {
  onSelectMeeting?: (meetingId: string) => void;
  /**
   * The meetings that set the chart's lanes and time span: the whole dataset's, so that filtering changes the
   * markers and not the axes (see TimelineFrame). By default, the shown meetings'.
   */
  frame?: Pick<Dataset, 'meetings' | 'series'>;
}

/** Past this many meetings the chart draws one marker per series and year (the table twin lists every meeting). */
const MAX_TIMELINE_MARKERS = 240;
const SEVERAL = 'several';

const formatYear = (time: number) => String(new Date(time).getUTCFullYear());

/** Every meeting on one time axis, a lane per series, shaped by kind. */
export function MeetingsTimelinePanel({ dataset, headingLevel, onSelectMeeting, frame = dataset }: MeetingsTimelinePanelProps) {
  const { locale, t, text } = useI18n();
  // Memoised on the lists read, not the whole filtered dataset: a filter that leaves the meetings as they are
  // (a country, say) leaves the timeline — and the memoised chart — as it is. The frame, from the whole dataset,
  // keeps its identity across filter changes, and with it the chart's axes.
  const { meetings, series, sources } = dataset;
  const frameMeetings = frame.meetings;
  const frameSeries = frame.series;
  const axes = useMemo(() => toTimelineFrame({ meetings: frameMeetings, series: frameSeries }), [frameMeetings, frameSeries]);
  const timeline = useMemo(() => toMeetingsTimelineRows({ meetings, series }, axes), [meetings, series, axes]);
  const sourceIds = useMemo(() => selectCitedSources(meetings, sources), [meetings, sources]);

  const placeOf = (row: TimelineMeetingRow) =>
    row.city ?? (row.virtual === true ? t('chart.place.virtual') : t('chart.place.unknown'));
  const binned = timeline.rows.length > MAX_TIMELINE_MARKERS;
  // What the chart draws is memoised on the data and language (see sector-pillar-panel.tsx).
  const groups: MarkerGroup[] = useMemo(() => {
    const kindsShown = new Set(timeline.rows.map((r) => r.kind));
    return [
      ...MeetingKindSchema.options
        .filter((kind) => kindsShown.has(kind))
        .map((kind) => ({ key: kind, name: t(`chart.kind.${kind}`), ...meetingKindSymbols[kind] })),
      ...(binned ? [{ key: SEVERAL, name: t('chart.timeline.several'), symbol: 'cross' as const, color: 'var(--color-text-muted)' }] : []),
    ];
  }, [timeline, binned, t]);
  const laneLabels = useMemo(() => axes.lanes.map((lane) => text(lane.name).value), [axes, text]);
  // Built once per timeline and language: a tooltip per meeting, with dates formatted once per distinct date.
  const markers: TimelineMarker[] = useMemo(() => {
    const dates = new Map<string, string>();
    const date = (value: string) => {
      const known = dates.get(value);
      if (known !== undefined) return known;
      const label = formatPartialDate(value, locale);
      dates.set(value, label);
      return label;
    };
    if (binned) {
      return toMeetingsTimelineBins(timeline).map((bin) => {
        const lane = timeline.lanes[bin.lane];
        return {
          key: bin.meetingId ?? `${SEVERAL}:${bin.lane}:${bin.year}`,
          x: bin.time,
          y: bin.lane,
          group: bin.kind ?? SEVERAL,
          tooltip: {
            title: `${lane ? text(lane.name).value : ''} · ${bin.year}`,
            lines: [
              translatePlural(locale, 'chart.meetings', bin.meetings),
              ...bin.kinds.map((k) => `${t(`chart.kind.${k.kind}`)}: ${k.meetings}`),
            ],
          },
        };
      });
    }
    return timeline.rows.map((row) => ({
      key: row.meetingId,
      x: row.time,
      y: row.y,
      group: row.kind,
      tooltip: {
        title: text(row.title).value,
        lines: [
          `${date(row.date)} · ${row.city ?? (row.virtual === true ? t('chart.place.virtual') : t('chart.place.unknown'))}`,
          t(`chart.kind.${row.kind}`),
        ],
      },
    }));
  }, [timeline, binned, locale, t, text]);
  const limitNote = binned ? t('chart.limited.timeline', { meetings: timeline.rows.length }) : null;
  // Only a marker that is one meeting can select it.
  // Stable and always the latest (see sector-pillar-panel.tsx).
  const selectMarker = useStableHandler(onSelectMeeting && ((key: string) => !key.startsWith(`${SEVERAL}:`) && onSelectMeeting(key)));

  const summary = selectMeetingsTimelineTakeaway(timeline);
  const spanParams = summary && {
    meetings: translatePlural(locale, 'chart.meetings', summary.meetings),
    first: formatPartialDate(summary.firstDate, locale),
    last: formatPartialDate(summary.lastDate, locale),
  };
  const takeaway =
    summary && spanParams
      ? t('chart.timeline.takeaway', {
          ...spanParams,
          kind: t(`chart.kind.${summary.commonestKind.kind}`),
          count: summary.commonestKind.meetings,
        })
      : null;

  return (
    <ChartFrame
      title={t('chart.timeline.title')}
      headingLevel={headingLevel}
      embedId="meetings-timeline"
      takeaway={takeaway}
      limitNote={limitNote}
      chartLabel={spanParams ? t('chart.timeline.aria', spanParams) : ''}
      emptyMessage={timeline.rows.length === 0 ? t('chart.timeline.empty') : null}
      clickable={onSelectMeeting !== undefined}
      chart={
        axes.domain && (
          <TimelineScatterChart
            markers={markers}
            groups={groups}
            laneLabels={laneLabels}
            xTicks={axes.yearTicks}
            xDomain={axes.domain}
            formatX={formatYear}
            onSelectMarker={selectMarker}
          />
        )
      }
      legend={
        <ChartLegend
          items={groups.map((g) => ({ key: g.key, marker: <LegendMarker color={g.color} symbol={g.symbol} />, label: g.name }))}
          notes={[t('chart.timeline.legend.lanes')]}
          clickNote={onSelectMeeting ? t('chart.timeline.legend.click') : undefined}
        />
      }
      table={<MeetingsTimelineTable timeline={timeline} placeOf={placeOf} onSelectMeeting={onSelectMeeting} />}
      sourceIds={sourceIds}
      sources={dataset.sources}
    />
  );
}

export default MeetingsTimelinePanel;
