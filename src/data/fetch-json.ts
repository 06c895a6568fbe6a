export type DatasetLoadErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'format';

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

/** A server that accepts the connection and never answers must not keep the page loading forever. */
export const FETCH_TIMEOUT_MS = 30_000;

/**
 * Fetches and parses JSON from the app's own origin, naming the failure: network, timeout,
 * HTTP or JSON. The caller's signal cancels as usual; the timeout covers the body too.
 */
export async function fetchJson(
  url: string,
  signal?: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort);
  const failed = (error: unknown, kind: 'network' | 'json'): never => {
    if (timedOut) throw new DatasetLoadError('timeout', url, `${Math.round(timeoutMs / 1000)}`);
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(kind, url, error instanceof Error ? error.message : String(error));
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      return failed(error, 'network');
    }
    if (!response.ok) {
      throw new DatasetLoadError('http', url, response.statusText, response.status);
    }
    let text: string;
    try {
      // Bytes, then one decode: reading a large body as text decodes it chunk by chunk on
      // the page's thread, several times slower.
      text = new TextDecoder().decode(await response.arrayBuffer());
    } catch (error) {
      return failed(error, 'network');
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      return failed(error, 'json');
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
