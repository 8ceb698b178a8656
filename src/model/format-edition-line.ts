import type { Edition } from '../data/dataset-schema';
import { formatPartialDate } from '../i18n/format';
import { translate, type Locale } from '../i18n/locale';

/**
 * "Data edition 2026.12.1, status checked up to December 1, 2026." — the one wording of a dataset's edition, shared
 * by the overview, the sources page and every export's footer, so that they can never disagree. '' without edition.
 */
export function formatEditionLine(edition: Edition | undefined, locale: Locale): string {
  if (edition === undefined) return '';
  return translate(locale, 'edition.line', { version: edition.version, date: formatPartialDate(edition.asOf, locale) });
}
