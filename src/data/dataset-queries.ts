import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataUrl } from '@/config/env';
import { combineWithLocal, DatasetLoadError, fetchDatasetFile } from './fetch-dataset';
import type { LoadedDataset } from './fetch-dataset';
import { LocalDbError } from './local-db';
import { loadLocalEntries } from './local-reports';

export const datasetKeys = {
  /** The served file merged with the local reports: what every view reads. */
  all: ['dataset'] as const,
  byUrl: (url: string) => [...datasetKeys.all, url] as const,
  /** The served file alone, cached apart so that saving a local report does not refetch it. */
  file: (url: string) => ['dataset-file', url] as const,
};

/** Network and server failures are retried with backoff; a payload that is wrong stays wrong. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  const permanent =
    error instanceof DatasetLoadError && (error.kind === 'json' || error.kind === 'format');
  return !permanent && failureCount < 3;
}

export const retryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 8_000);

const FIVE_MINUTES = 5 * 60_000;

export function datasetFileQueryOptions(url: string = dataUrl) {
  return queryOptions({
    queryKey: datasetKeys.file(url),
    queryFn: ({ signal }) => fetchDatasetFile(url, signal),
    staleTime: FIVE_MINUTES,
    retry: false,
    structuralSharing: false,
  });
}

async function loadLocalOrError() {
  try {
    return await loadLocalEntries();
  } catch (error) {
    if (error instanceof LocalDbError) return error;
    throw error;
  }
}

export function datasetQueryOptions(url: string = dataUrl) {
  return queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: async ({ client }): Promise<LoadedDataset> => {
      const [file, local] = await Promise.all([
        client.fetchQuery(datasetFileQueryOptions(url)),
        loadLocalOrError(),
      ]);
      return combineWithLocal(file, local);
    },
    staleTime: FIVE_MINUTES,
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

/**
 * Fetches the served file again and rebuilds every view's data; what is on screen stays
 * there until the new data is in, and stays if the refresh fails.
 */
export function useRefreshDataset() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['dataset-file'], refetchType: 'none' });
    await client.invalidateQueries({ queryKey: datasetKeys.all });
  };
}
