import type { Locale } from '../../i18n/locale';
import type { I18n } from '../../i18n/pack-charts';

/**
 * The reader's language as a chart's shaping reads it: the locale (dataset text through `pickText`, dates and
 * numbers) and the interface messages. A panel passes `useI18n()` itself, whose identity changes only with the
 * language, so that shaping memoised on it is redone only then.
 */
export interface ChartWords {
  locale: Locale;
  t: I18n['t'];
}

/** The words a chart's frame says around the drawing, and the sources it names: ChartFrame's props of these names. */
export interface ChartFraming {
  title: string;
  /** The chart's point in one sentence; null when there is nothing to say. */
  takeaway: string | null;
  /** Said when the drawing leaves data out to stay legible (the table twin has it all). */
  limitNote: string | null;
  /** What the drawing shows, for screen readers. */
  chartLabel: string;
  /** Shown instead of the chart when the filters leave nothing to draw. */
  emptyMessage: string | null;
  /** The sources the shown records cite, strongest first (selectCitedSources). */
  sourceIds: string[];
}
