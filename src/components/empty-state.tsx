import { useI18n } from '../i18n/i18n-context';
import { useFilterState } from './filter-state';

/** Shown instead of an empty list: says nothing matches and offers to clear the filters. */
export function EmptyState({ message }: { message?: string }) {
  const { t } = useI18n();
  const { clearFilters } = useFilterState();
  return (
    <div className="empty-state" role="status">
      <p className="empty-state__title">{message ?? t('empty.title')}</p>
      <p>{t('empty.body')}</p>
      <button type="button" className="button" onClick={clearFilters}>
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
