import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { DatasetLoadError, fetchJson } from './fetch-json';

const URL = 'http://localhost/data/slow.json';

describe('fetchJson', () => {
  it('gives up on a server that never answers, and says it timed out', async () => {
    server.use(http.get(URL, () => delay('infinite')));
    const error = await fetchJson(URL, undefined, 200).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error).toMatchObject({ kind: 'timeout', url: URL, detail: '0' });
  });

  it('reads an answer that comes in time', async () => {
    server.use(
      http.get(URL, async () => {
        await delay(50);
        return HttpResponse.json({ ok: true });
      }),
    );
    expect(await fetchJson(URL, undefined, 2000)).toEqual({ ok: true });
  });

  it('lets the caller cancel without calling it a failure of the server', async () => {
    server.use(http.get(URL, () => delay('infinite')));
    const controller = new AbortController();
    const pending = fetchJson(URL, controller.signal, 5000).catch((e: unknown) => e);
    controller.abort();
    expect(await pending).not.toBeInstanceOf(DatasetLoadError);
  });
});
