import type { Locale } from '../../i18n/locale';
import type { Translate } from '../briefing/briefing-slide';

/**
 * The reader's language as a chart's shaping reads it: the locale (dataset text through `pickText`, dates and
 * numbers) and the interface messages. A panel passes `useI18n()` itself, whose identity changes only with the
 * language, so that shaping memoised on it is redone only then.
 */
export interface ChartWords {
  locale: Locale;
  t: Translate;
}
