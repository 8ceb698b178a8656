import { useI18n } from '../i18n/pack-filters';
import { FilterChips } from '../components/filters/filter-chips';
import { useFilterChips } from './use-filter-chips';

/** The active filters as removable chips. Loaded once a filter is set: the bare first screen has none. */
export function ActiveFilterChips() {
  const { t } = useI18n();
  return <FilterChips chips={useFilterChips()} label={t('filters.active')} />;
}
