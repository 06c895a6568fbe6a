import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { buildForProduction } from '../support/build-production';

/**
 * Serves the load-test files of bench-data/ beside the build, for `?data=NAME`. Only the
 * benchmark's server does this: the files are never part of the build.
 */
export function serveBenchData(): Plugin {
  return {
    name: 'serve-bench-data',
    configurePreviewServer(server) {
      // Held in memory, as a server's cache would: this machine's page cache drops a file of
      // tens of MB between runs, and reading it back from disk added up to a few hundred ms.
      const held = new Map<string, { mtimeMs: number; body: Buffer }>();
      server.middlewares.use('/bench-data', (req, res, next) => {
        const name = /^\/([a-z0-9][a-z0-9-]*\.json)$/.exec(req.url ?? '')?.[1];
        const file = name && resolve('bench-data', name);
        const stat = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
        if (!file || !stat) return next();
        let entry = held.get(file);
        if (!entry || entry.mtimeMs !== stat.mtimeMs)
          held.set(file, (entry = { mtimeMs: stat.mtimeMs, body: readFileSync(file) }));
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Content-Length', entry.body.length);
        res.end(entry.body);
      });
    },
  };
}

/** Builds the app as it ships (NODE_ENV=production, in its own process) and serves it locally. */
export async function buildAndServe(): Promise<{ url: string; server: PreviewServer }> {
  if (!process.env.BENCH_SKIP_BUILD) buildForProduction();
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    plugins: [serveBenchData()],
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('the preview server did not report its address');
  return { url, server };
}
