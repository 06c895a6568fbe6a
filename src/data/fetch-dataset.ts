import { DatasetFormatError, parseDataset, type RejectedRecord } from '@/domain/parse-dataset';
import type { FactWire } from '@/domain/aggregate/build-fact-table';
import { indexDataset, type DatasetIndex } from '@/domain/dataset-index';
import { mergeLocalEntries } from '@/domain/local/merge-local';
import type { Dataset } from '@/domain/schema/dataset';
import type { LocalEntry } from '@/domain/schema/local-entry';
import { DatasetLoadError, fetchJson, fileNameOf } from './fetch-json';
import { LocalDbError } from './local-db';
import type { StoredEntries } from './local-reports';

export { DatasetLoadError, type DatasetLoadErrorKind } from './fetch-json';

/** The dataset file as served, validated record by record. */
export interface DatasetFile {
  dataset: Dataset;
  rejected: RejectedRecord[];
  url: string;
  factWire?: FactWire;
}

export interface LoadedDataset {
  index: DatasetIndex;
  rejected: RejectedRecord[];
  url: string;
  /** The reports added in this browser, as stored (including any the merge left out). */
  localEntries: readonly LocalEntry[];
  /** Set when the browser's storage could not be read: the built-in data shows regardless. */
  localError?: LocalDbError;
}

export async function fetchDatasetFile(url: string, signal?: AbortSignal): Promise<DatasetFile> {
  const raw = await fetchJson(url, signal);
  try {
    return { ...parseDataset(raw, fileNameOf(url)), url };
  } catch (error) {
    if (error instanceof DatasetFormatError) {
      throw new DatasetLoadError('format', url, error.message);
    }
    throw error;
  }
}

/** The served dataset with the reports added in this browser, indexed for the views. */
export function combineWithLocal(
  file: DatasetFile,
  local: StoredEntries | LocalDbError,
): LoadedDataset {
  if (local instanceof LocalDbError) {
    return {
      index: indexDataset(file.dataset, new Set(), file.factWire),
      rejected: file.rejected,
      url: file.url,
      localEntries: [],
      localError: local,
    };
  }
  const merged = mergeLocalEntries(file.dataset, local.entries);
  return {
    // The served facts come first in the merged list: the wire still says where they came from.
    index: indexDataset(merged.dataset, merged.localReportIds, file.factWire),
    rejected: [...file.rejected, ...local.rejected, ...merged.rejected],
    url: file.url,
    localEntries: local.entries,
  };
}
