import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '../data/dataset-schema';
import { activeDatasetQueryOptions } from '../data/dataset-query';
import { useI18n } from '../i18n/i18n-context';
import { LoadingSkeleton } from '../components/loading-skeleton';
import { DatasetErrorPanel } from './dataset-error-panel';

/**
 * Renders its children only once the dataset is loaded and valid; until then a skeleton, and on failure the error
 * panel — each inside <main> so the skip link and landmarks hold in every state.
 */
export function DatasetGate({ children }: { children: (dataset: Dataset) => ReactNode }) {
  const { t } = useI18n();
  const query = useQuery(activeDatasetQueryOptions());
  if (query.isSuccess) return <>{children(query.data.dataset)}</>;
  return (
    <main id="main" className="page" tabIndex={-1}>
      {query.isError ? (
        <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingSkeleton label={t('loading.dataset')} />
      )}
    </main>
  );
}
