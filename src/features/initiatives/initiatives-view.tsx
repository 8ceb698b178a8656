import { useI18n } from '../../i18n/pack-initiatives';
import { EmptyState } from '../../components/empty-state';
import { useDeferredFilterState } from '../../components/use-deferred-filter-state';
import { InitiativesTable } from './initiatives-table';
import './initiatives.css';

/** The initiatives the filters shown keep (useDeferredFilterState: "Clear all" shows every row again). */
export function InitiativesView() {
  const { t } = useI18n();
  const { dataset, filtered, filters, stale } = useDeferredFilterState();
  return (
    <article className="view initiatives">
      <header className="view__header">
        <h1>{t('initiatives.title')}</h1>
        <p className="page-lead">{t('initiatives.lead')}</p>
      </header>
      {filtered.initiatives.length === 0 && <EmptyState aspect="initiatives" shown={{ filtered, filters }} />}
      <InitiativesTable dataset={dataset} filtered={filtered} filters={filters} stale={stale} />
    </article>
  );
}
