import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/dataset-query';
import { useI18n } from '../i18n/i18n-context';
import { LoadingSkeleton } from '../components/loading-skeleton';
import { DatasetErrorPanel } from './dataset-error-panel';

/** Renders its children only once the dataset is loaded and valid; otherwise a skeleton or the error panel. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const query = useQuery(datasetQueryOptions());
  if (query.isPending) return <LoadingSkeleton label={t('loading.dataset')} />;
  if (query.isError) return <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children}</>;
}
