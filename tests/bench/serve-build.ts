import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { preview, type PreviewServer } from 'vite';

/** Builds the app as it ships (NODE_ENV=production, in its own process) and serves it locally. */
export async function buildAndServe(): Promise<{ url: string; server: PreviewServer }> {
  if (!process.env.BENCH_SKIP_BUILD) {
    const viteBin = join(
      dirname(createRequire(import.meta.url).resolve('vite/package.json')),
      'bin',
      'vite.js',
    );
    execFileSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('the preview server did not report its address');
  return { url, server };
}
