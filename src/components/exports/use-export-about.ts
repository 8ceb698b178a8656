import { useContext } from 'react';
import type { Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/i18n-context';
import { toSourceLines, type ExportAbout } from '../../model/exports/export-about';
import { EMPTY_FILTERS, serializeFilters } from '../../model/filters';
import { formatEditionLine } from '../../model/format-edition-line';
import { FilterStateContext } from '../filter-state';

/**
 * Returns a function that describes an export at the moment it is made: title, sources, the filters in force and
 * the link. Outside the app shell (a chart shown on its own) there are no filters.
 */
export function useExportAbout(): (
  title: string,
  sourceIds: readonly string[],
  sources: readonly Source[],
) => ExportAbout {
  const { t, locale } = useI18n();
  const state = useContext(FilterStateContext);
  const query = serializeFilters(state?.filters ?? EMPTY_FILTERS).toString();
  const edition = formatEditionLine(state?.dataset.edition, locale);
  return (title, sourceIds, sources) => ({
    title,
    sources: toSourceLines(sourceIds, sources),
    filters: query === '' ? t('exports.about.noFilters') : query,
    link: window.location.href,
    generated: new Date().toISOString(),
    ...(edition === '' ? {} : { edition }),
  });
}
