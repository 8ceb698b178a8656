import type { Dataset } from '../../data/dataset-schema';
import type { Locale } from '../../i18n/locale';
import type { Filters } from '../filters';
import { FILTER_DEFINITIONS, FILTER_KEYS, type FilterTextContext, type ScopeLine } from '../filter-definitions';
import type { Translate } from './briefing-slide';

/** The briefing's scope line of one filter, or null when it adds nothing. */
function filterScope<K extends keyof Filters>(filters: Filters, key: K, context: FilterTextContext): ScopeLine | null {
  const definition = FILTER_DEFINITIONS[key];
  if (typeof definition.scope === 'function') return definition.scope(filters[key], filters);
  const parts = definition.serialize(filters[key]);
  if (parts.length === 0) return null;
  const value = parts.map((part) => definition.text?.(part, context) ?? part).join(', ');
  return {
    message: parts.length > 1 ? (definition.scopeMany ?? definition.scope) : definition.scope,
    params: { value },
  };
}

/** The filters in words: "Country: Mexico · Pillar: Building Back Together", or "All meetings, both countries". */
export function describeScope(filters: Filters, dataset: Dataset, locale: Locale, t: Translate): string {
  const parts = FILTER_KEYS.flatMap((key) => {
    const line = filterScope(filters, key, { dataset, locale });
    return line === null ? [] : [t(`briefing.scope.${line.message}`, line.params)];
  });
  return parts.length === 0 ? t('briefing.scope.all') : parts.join(' · ');
}
