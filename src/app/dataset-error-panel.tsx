import { DatasetLoadError } from '../data/dataset-load-error';
import { useI18n } from '../i18n/i18n-context';
import { ProblemList } from '../components/problem-list';

/** Explains why the dataset cannot be shown: a failed download (with Try again) or each broken rule. */
export function DatasetErrorPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  const loadError = error instanceof DatasetLoadError ? error : null;
  return (
    <section className="error-panel" role="alert" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">{t('error.dataset.title')}</h1>
      {loadError?.kind === 'invalid' ? (
        <>
          <p>{t('error.dataset.invalid', { url: loadError.url, count: loadError.problems.length })}</p>
          <ProblemList problems={loadError.problems} />
        </>
      ) : (
        <p>{t('error.dataset.network', { url: loadError?.url ?? '', detail: loadError?.detail ?? error.message })}</p>
      )}
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}
