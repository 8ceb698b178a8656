import { QueryClient } from '@tanstack/react-query';
import { DatasetLoadError } from '../data/dataset-load-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        // A broken file stays broken; only a failed download is worth one automatic retry.
        retry: (failureCount, error) =>
          error instanceof DatasetLoadError && error.kind === 'network' && failureCount < 1,
      },
    },
  });
}
