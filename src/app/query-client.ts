import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '@/data/dataset-queries';

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, retry: shouldRetry, retryDelay } },
  });
}
