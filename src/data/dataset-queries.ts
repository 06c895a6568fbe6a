import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrl } from '@/config/env';
import { DatasetLoadError, fetchDataset, type LoadedDataset } from './fetch-dataset';

export const datasetKeys = {
  all: ['dataset'] as const,
  byUrl: (url: string) => [...datasetKeys.all, url] as const,
};

/** Network and server failures are retried with backoff; a payload that is wrong stays wrong. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  const permanent =
    error instanceof DatasetLoadError && (error.kind === 'json' || error.kind === 'format');
  return !permanent && failureCount < 3;
}

export const retryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 8_000);

export function datasetQueryOptions(url: string = dataUrl) {
  return queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: 5 * 60_000,
    // The indexed dataset holds Maps; comparing it field by field would cost a full walk.
    structuralSharing: false,
  });
}

export function useDataset() {
  return useQuery(datasetQueryOptions());
}

/** Derives one value from the loaded dataset; `select` keeps the result stable between renders. */
export function useDatasetSelect<T>(select: (loaded: LoadedDataset) => T) {
  return useQuery({ ...datasetQueryOptions(), select });
}
