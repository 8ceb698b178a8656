import '../../i18n/pack-charts';
import { useId, useRef, type ReactNode } from 'react';
import type { Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { ChartDownloadMenu } from '../exports/chart-download-menu';
import { SourceCaption } from './source-caption';
import './charts.css';

interface ChartFrameProps {
  title: string;
  headingLevel?: 2 | 3;
  /** The chart's point in one sentence; null when there is nothing to say. */
  takeaway: string | null;
  /** What the drawing shows, for screen readers; the table twin carries the detail. */
  chartLabel: string;
  chart: ReactNode;
  legend: ReactNode;
  /** The same data as the chart, as a `<table>` (see ChartTable). */
  table: ReactNode;
  /** True when marks react to clicks (a pointer cursor shows it). */
  clickable?: boolean;
  /** Shown instead of the chart, legend and table when the filters leave nothing to draw. */
  emptyMessage: string | null;
  sourceIds: readonly string[];
  sources: readonly Source[];
}

/**
 * Every chart is shown through this frame (after Our World in Data's grapher): title, takeaway, chart, legend in
 * words, a table twin behind a disclosure, and a source line naming what the chart is built on.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, headingLevel = 2, takeaway, chartLabel, chart, legend, table, emptyMessage, clickable = false } = props;
  const { t } = useI18n();
  const titleId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <figure ref={figureRef} className="chart-frame" aria-labelledby={titleId}>
      <Heading id={titleId} className="chart-frame__title">
        {title}
      </Heading>
      {emptyMessage !== null ? (
        <p className="chart-frame__empty" role="status">
          {emptyMessage}
        </p>
      ) : (
        <>
          {takeaway !== null && <p className="chart-frame__takeaway">{takeaway}</p>}
          <div
            className={clickable ? 'chart-frame__chart chart-frame__chart--clickable' : 'chart-frame__chart'}
            role="img"
            aria-label={chartLabel}
          >
            {chart}
          </div>
          {legend}
          <details className="chart-frame__table">
            <summary>{t('chart.showTable')}</summary>
            {table}
          </details>
          <div className="chart-frame__actions">
            <ChartDownloadMenu figure={figureRef} title={title} takeaway={takeaway} sourceIds={props.sourceIds} sources={props.sources} />
          </div>
        </>
      )}
      <SourceCaption sourceIds={props.sourceIds} sources={props.sources} />
    </figure>
  );
}
