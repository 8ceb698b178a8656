import { useI18n } from '../../i18n/pack-charts';
import { formatPartialDate } from '../../i18n/format';
import { Localized } from '../../i18n/localized';
import type { MeetingsTimeline, TimelineMeetingRow } from '../../model/chart-rows/to-meetings-timeline-rows';
import { ChartTable } from './chart-table';
import { FilterButton } from './filter-button';

interface MeetingsTimelineTableProps {
  timeline: MeetingsTimeline;
  placeOf: (row: TimelineMeetingRow) => string;
  onSelectMeeting?: (meetingId: string) => void;
}

/** The timeline's meetings as rows: date, series, kind, title and place. */
export function MeetingsTimelineTable({ timeline, placeOf, onSelectMeeting }: MeetingsTimelineTableProps) {
  const { locale, t, text } = useI18n();
  const columns = [
    { key: 'date', header: t('chart.timeline.table.date') },
    { key: 'series', header: t('chart.timeline.table.series') },
    { key: 'kind', header: t('chart.timeline.table.kind') },
    { key: 'meeting', header: t('chart.timeline.table.meeting') },
    { key: 'place', header: t('chart.timeline.table.place') },
  ];
  const rows = timeline.rows.map((row) => {
    const lane = timeline.lanes[row.lane];
    return {
      key: row.meetingId,
      // <time>: the downloads write the ISO date, not these words (readChartTable).
      header: <time dateTime={row.date}>{formatPartialDate(row.date, locale)}</time>,
      cells: [
        lane ? <Localized value={lane.name} /> : row.seriesId,
        t(`chart.kind.${row.kind}`),
        <>
          <Localized value={row.title} />
          {onSelectMeeting && (
            <FilterButton name={text(row.title).value} onSelect={() => onSelectMeeting(row.meetingId)} />
          )}
        </>,
        placeOf(row),
      ],
    };
  });
  return <ChartTable caption={t('chart.timeline.table.caption')} columns={columns} rows={rows} />;
}
