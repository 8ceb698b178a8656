import { useI18n } from '../i18n/pack-filters';
import { FilterChips } from '../components/filters/filter-chips';
import { useFilterChips } from './use-filter-chips';

/** The active filters as removable chips (none, and nothing shown, until a filter is set). */
export function ActiveFilterChips() {
  const { t } = useI18n();
  return <FilterChips chips={useFilterChips()} label={t('filters.active')} />;
}
