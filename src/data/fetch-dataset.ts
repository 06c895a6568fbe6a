import { DatasetFormatError, parseDataset, type RejectedRecord } from '@/domain/parse-dataset';
import { indexDataset, type DatasetIndex } from '@/domain/dataset-index';
import { DatasetLoadError, fetchJson, fileNameOf } from './fetch-json';

export { DatasetLoadError, type DatasetLoadErrorKind } from './fetch-json';

export interface LoadedDataset {
  index: DatasetIndex;
  rejected: RejectedRecord[];
  url: string;
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const raw = await fetchJson(url, signal);
  try {
    const { dataset, rejected } = parseDataset(raw, fileNameOf(url));
    return { index: indexDataset(dataset), rejected, url };
  } catch (error) {
    if (error instanceof DatasetFormatError) {
      throw new DatasetLoadError('format', url, error.message);
    }
    throw error;
  }
}
