import { DatasetFormatError, parseDataset, type RejectedRecord } from '@/domain/parse-dataset';
import { indexDataset, type DatasetIndex } from '@/domain/dataset-index';

export type DatasetLoadErrorKind = 'network' | 'http' | 'json' | 'format';

/** A load failure that says what went wrong and where, for the person reading the screen. */
export class DatasetLoadError extends Error {
  constructor(
    readonly kind: DatasetLoadErrorKind,
    readonly url: string,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${kind} error loading ${url}: ${detail}`);
    this.name = 'DatasetLoadError';
  }
}

export interface LoadedDataset {
  index: DatasetIndex;
  rejected: RejectedRecord[];
  url: string;
}

function fileNameOf(url: string): string {
  const path = url.split('?')[0] ?? url;
  return path.slice(path.lastIndexOf('/') + 1) || url;
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(
      'network',
      url,
      error instanceof Error ? error.message : String(error),
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError('http', url, response.statusText, response.status);
  }
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError('json', url, error instanceof Error ? error.message : String(error));
  }
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
