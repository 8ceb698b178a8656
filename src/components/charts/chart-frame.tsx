import { useContext, useId, useRef, useState, type ReactNode } from 'react';
import type { Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-charts';
import { ChartDownloadMenu } from '../exports/chart-download-menu';
import { SourceCaption } from './source-caption';
import { useDrawingNearScreen } from './use-drawing-near-screen';
import { FirstDrawNearScreen } from './first-draw-near-screen';
import { useExportStage } from './use-export-stage';
import './charts.css';
import { IsolatedText } from '../isolated-text';
import type { EmbedChartId } from '../../model/embed-charts';

interface ChartFrameProps {
  title: string;
  headingLevel?: 1 | 2 | 3;
  /** The chart's id on the embed page: its download menu then offers the embed code. */
  embedId?: EmbedChartId;
  /** The chart's point in one sentence; null when there is nothing to say. */
  takeaway: string | null;
  /** Said under the takeaway when the drawing leaves data out to stay legible (the table twin has it all). */
  limitNote?: string | null;
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
 *
 * The table twin is rendered only once it is wanted — its disclosure opened, or the download menu reached (the CSV
 * and JSON downloads read the rendered table) — because on a large dataset a closed table of thousands of cells
 * was re-rendered on every filter change for nobody.
 *
 * While the filters leave nothing to draw, the chart drawn last stays mounted, hidden and out of the accessibility
 * tree, under the empty message: mounting a recharts chart costs several render passes (60–90 ms for the overview's
 * two), and a reader who narrows to nothing usually widens again ("Clear all"), which then only updates it.
 *
 * A chart far from the screen is redrawn when it comes near (see useDrawingNearScreen), not on every filter change:
 * a redraw costs render work (recharts' passes for a chart it draws whole, the marks for the others), and the
 * overview's lower charts are a long scroll away from the filters. Until then the old drawing is kept but not
 * painted (the space stays, so nothing moves), and everything else — title, takeaway, legend, table, the drawing's
 * label for screen readers — is already the new one. Focus or a pointer inside the frame, and printing, redraw it
 * at once: the download menu reads the drawing.
 */
export function ChartFrame(props: ChartFrameProps) {
  const {
    title,
    headingLevel = 2,
    takeaway,
    chartLabel,
    chart,
    legend,
    table,
    emptyMessage,
    clickable = false,
  } = props;
  const { t } = useI18n();
  const titleId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const Heading = headingLevel === 3 ? 'h3' : headingLevel === 1 ? 'h1' : 'h2';
  const [tableOpen, setTableOpen] = useState(false);
  const [tableForDownload, setTableForDownload] = useState(false);
  const wantTableForDownload = () => setTableForDownload(true);
  const empty = emptyMessage !== null;
  // The chart drawn last is kept while the filters leave nothing to draw, and while the frame is far from the
  // screen (see above).
  const { drawn, outOfDate } = useDrawingNearScreen(figureRef, chart, empty, useContext(FirstDrawNearScreen));
  const { staged, stageRef, prepare, release } = useExportStage();
  const chartClass = empty
    ? 'chart-frame__chart chart-frame__chart--kept'
    : `chart-frame__chart${clickable ? ' chart-frame__chart--clickable' : ''}${outOfDate ? ' chart-frame__chart--stale' : ''}`;
  return (
    <figure ref={figureRef} className="chart-frame" aria-labelledby={titleId}>
      <Heading id={titleId} className="chart-frame__title">
        {title}
      </Heading>
      {empty && (
        <p className="chart-frame__empty" role="status">
          {emptyMessage}
        </p>
      )}
      {!empty && takeaway !== null && (
        <p className="chart-frame__takeaway">
          <IsolatedText text={takeaway} />
        </p>
      )}
      {!empty && props.limitNote != null && <p className="chart-frame__limit">{props.limitNote}</p>}
      {/* One element in one place, shown or kept, so React never remounts the chart between the two. */}
      {drawn != null && (
        <div
          className={chartClass}
          role={empty ? undefined : 'img'}
          aria-label={empty ? undefined : chartLabel}
          aria-hidden={empty || undefined}
        >
          {drawn}
        </div>
      )}
      {/* The chart drawn again at the downloads' width, off screen, while a picture is made (use-export-stage.ts). */}
      {staged && !empty && (
        <div ref={stageRef} className="chart-frame__export-stage" aria-hidden="true" inert>
          <div className="chart-frame__chart">{chart}</div>
        </div>
      )}
      {!empty && legend}
      {!empty && (
        <details className="chart-frame__table" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
          <summary>{t('chart.showTable')}</summary>
          {(tableOpen || tableForDownload) && table}
        </details>
      )}
      {!empty && (
        <div
          className="chart-frame__actions"
          onPointerDownCapture={wantTableForDownload}
          onFocusCapture={wantTableForDownload}
        >
          <ChartDownloadMenu
            figure={figureRef}
            title={title}
            takeaway={takeaway}
            sourceIds={props.sourceIds}
            sources={props.sources}
            embedId={props.embedId}
            prepareExport={prepare}
            releaseExport={release}
          />
        </div>
      )}
      <SourceCaption sourceIds={props.sourceIds} sources={props.sources} />
    </figure>
  );
}
