import { useMemo } from 'react';
import { useI18n } from '../../i18n/pack-charts';
import type { Dataset } from '../../data/dataset-schema';
import {
  toDelegationCompositionChart,
  toDelegationFrame,
} from '../../model/chart-rows/to-delegation-composition-chart';
import { ChartFrame } from './chart-frame';
import { ChartLegend } from './chart-legend';
import type { ChartPanelProps } from './chart-panel-props';
import { DelegationTable } from './delegation-table';
import { GroupedBarChart } from './grouped-bar-chart';
import { LegendMarker } from './legend-marker';

interface DelegationCompositionPanelProps extends ChartPanelProps {
  onSelectMeeting?: (meetingId: string) => void;
  /**
   * The data whose meetings set the chart's rows and value axis: the whole dataset's, so that filtering changes the
   * bars and not the axes, when all its meetings fit the chart. By default (and when they do not fit), the rows
   * drawn for the filters.
   */
  frame?: Pick<Dataset, 'dialogue' | 'participations' | 'meetings'>;
}

/** How many people each country sent to each meeting, and from which organisations. */
export function DelegationCompositionPanel({
  dataset,
  headingLevel,
  onSelectMeeting,
  frame,
}: DelegationCompositionPanelProps) {
  const words = useI18n();
  // Memoised on the lists read, not the whole (filtered) dataset (see sector-pillar-panel.tsx).
  const { dialogue: fd, participations: fp, meetings: fm } = frame ?? {};
  const fixed = useMemo(
    () => (fd && fp && fm ? toDelegationFrame({ dialogue: fd, participations: fp, meetings: fm }, words) : null),
    [fd, fp, fm, words],
  );
  const { dialogue, participations, meetings, organizations, sources } = dataset;
  const chart = useMemo(
    () => toDelegationCompositionChart({ dialogue, participations, meetings, organizations, sources }, fixed, words),
    [dialogue, participations, meetings, organizations, sources, fixed, words],
  );
  const { t } = words;
  return (
    <ChartFrame
      {...chart.framing}
      headingLevel={headingLevel}
      embedId="delegations"
      clickable={onSelectMeeting !== undefined}
      chart={
        <GroupedBarChart
          axisRows={chart.axes.rows}
          rows={chart.chartRows}
          valueMax={chart.axes.valueMax}
          series={chart.series}
          filteredOut={t('chart.delegation.filteredOut')}
          onSelectRow={onSelectMeeting}
        />
      }
      legend={
        <ChartLegend
          items={chart.series.map((s) => ({ key: s.key, marker: <LegendMarker color={s.color} />, label: s.legend }))}
          notes={[t('chart.delegation.legend.length')]}
          clickNote={onSelectMeeting ? t('chart.delegation.legend.click') : undefined}
        />
      }
      table={
        <DelegationTable
          rows={chart.rows}
          meetingName={chart.meetingName}
          countryNames={chart.countryNames}
          organizationsText={chart.organizationsText}
          onSelectMeeting={onSelectMeeting}
        />
      }
      sources={dataset.sources}
    />
  );
}
