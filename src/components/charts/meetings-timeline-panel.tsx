import { useMemo } from 'react';
import { useI18n } from '../../i18n/pack-charts';
import type { Dataset } from '../../data/dataset-schema';
import {
  formatTimelineYear,
  meetingOfMarker,
  toMeetingsTimelineChart,
  toTimelineAxes,
} from '../../model/chart-rows/to-meetings-timeline-chart';
import { ChartFrame } from './chart-frame';
import { ChartLegend } from './chart-legend';
import type { ChartPanelProps } from './chart-panel-props';
import { LegendMarker } from './legend-marker';
import { MeetingsTimelineTable } from './meetings-timeline-table';
import { TimelineScatterChart } from './timeline-scatter-chart';

interface MeetingsTimelinePanelProps extends ChartPanelProps {
  onSelectMeeting?: (meetingId: string) => void;
  /**
   * The meetings that set the chart's lanes and time span: the whole dataset's, so that filtering changes the
   * markers and not the axes (see TimelineFrame). By default, the shown meetings'.
   */
  frame?: Pick<Dataset, 'meetings' | 'series'>;
}

/** Every meeting on one time axis, a lane per series, shaped by kind. */
export function MeetingsTimelinePanel({
  dataset,
  headingLevel,
  onSelectMeeting,
  frame = dataset,
}: MeetingsTimelinePanelProps) {
  const words = useI18n();
  // Memoised on the lists read, not the whole filtered dataset: a filter that leaves the meetings as they are
  // (a country, say) leaves the timeline — and the memoised chart — as it is (see sector-pillar-panel.tsx).
  const { meetings: fm, series: fs } = frame;
  const axes = useMemo(() => toTimelineAxes({ meetings: fm, series: fs }, words), [fm, fs, words]);
  const { meetings, series, sources } = dataset;
  const chart = useMemo(
    () => toMeetingsTimelineChart({ meetings, series, sources }, axes, words),
    [meetings, series, sources, axes, words],
  );
  const { t } = words;
  // Only a marker that is one meeting can select it. Memoised on what it reads: the chart is memoised, and a new function would redraw it.
  const selectMarker = useMemo(
    () =>
      onSelectMeeting &&
      ((key: string) => {
        const meetingId = meetingOfMarker(key);
        if (meetingId !== null) onSelectMeeting(meetingId);
      }),
    [onSelectMeeting],
  );

  return (
    <ChartFrame
      {...chart.framing}
      headingLevel={headingLevel}
      embedId="meetings-timeline"
      clickable={onSelectMeeting !== undefined}
      chart={
        axes.frame.domain && (
          <TimelineScatterChart
            markers={chart.markers}
            groups={chart.groups}
            laneLabels={axes.laneLabels}
            xTicks={axes.frame.yearTicks}
            xDomain={axes.frame.domain}
            formatX={formatTimelineYear}
            onSelectMarker={selectMarker}
          />
        )
      }
      legend={
        <ChartLegend
          items={chart.groups.map((g) => ({
            key: g.key,
            marker: <LegendMarker color={g.color} symbol={g.symbol} />,
            label: g.name,
          }))}
          notes={[t('chart.timeline.legend.lanes')]}
          clickNote={onSelectMeeting ? t('chart.timeline.legend.click') : undefined}
        />
      }
      table={
        <MeetingsTimelineTable timeline={chart.timeline} placeOf={chart.placeOf} onSelectMeeting={onSelectMeeting} />
      }
      sources={dataset.sources}
    />
  );
}
