import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { serveBenchData } from '../bench/serve-build';
import { buildForProduction } from './build-production';

let server: PreviewServer | undefined;

/** Builds the app as it ships and serves it on a free local port for the browser tests. */
export async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) buildForProduction();
  server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    // For the national-scale test, which writes its synthetic file there.
    plugins: [serveBenchData()],
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
