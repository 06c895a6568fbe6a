import { preview, type PreviewServer } from 'vite';
import { buildForProduction } from '../support/build-production';

/** Builds the app as it ships (NODE_ENV=production, in its own process) and serves it locally. */
export async function buildAndServe(): Promise<{ url: string; server: PreviewServer }> {
  if (!process.env.BENCH_SKIP_BUILD) buildForProduction();
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('the preview server did not report its address');
  return { url, server };
}
