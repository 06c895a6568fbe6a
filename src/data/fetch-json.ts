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

export function fileNameOf(url: string): string {
  const path = url.split('?')[0] ?? url;
  return path.slice(path.lastIndexOf('/') + 1) || url;
}

/** Fetches and parses JSON from the app's own origin, naming the failure: network, HTTP or JSON. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
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
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError('json', url, error instanceof Error ? error.message : String(error));
  }
}
