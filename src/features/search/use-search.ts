import { useCallback } from 'react';
import { useDatasetSelect } from '@/data/dataset-queries';
import type { LoadedDataset } from '@/data/fetch-dataset';
import type { DatasetIndex } from '@/domain/dataset-index';
import { buildSearchIndex, searchDataset, type SearchIndex } from '@/domain/search';
import { exerciseTypeLabels, rankLabels } from '@/lib/i18n/labels';

// Keyed by the loaded dataset, so the index is built on the first search and dropped with it.
const built = new WeakMap<DatasetIndex, SearchIndex>();

function searchIndexOf(index: DatasetIndex): SearchIndex {
  let searchIndex = built.get(index);
  if (!searchIndex) {
    searchIndex = buildSearchIndex(index, { exerciseTypes: exerciseTypeLabels, ranks: rankLabels });
    built.set(index, searchIndex);
  }
  return searchIndex;
}

/** The best `limit` matches for the query, with counts, and the index to look reports up in. */
export function useSearch(query: string, limit: number) {
  const select = useCallback(
    (loaded: LoadedDataset) => ({
      ...searchDataset(searchIndexOf(loaded.index), query, limit),
      index: loaded.index,
    }),
    [query, limit],
  );
  return useDatasetSelect(select);
}
