import { useI18n } from '../../i18n/pack-initiatives';
import { useFilterState } from '../../components/filter-state';
import { EmptyState } from '../../components/empty-state';
import { InitiativesTable } from './initiatives-table';
import './initiatives.css';

export function InitiativesView() {
  const { t } = useI18n();
  const { filtered } = useFilterState();
  return (
    <article className="view initiatives">
      <header className="view__header">
        <h1>{t('initiatives.title')}</h1>
        <p className="page-lead">{t('initiatives.lead')}</p>
      </header>
      {filtered.initiatives.length === 0 && <EmptyState aspect="initiatives" />}
      <InitiativesTable />
    </article>
  );
}
