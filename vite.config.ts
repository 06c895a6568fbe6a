import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './build/content-security-policy.ts';

const require = createRequire(import.meta.url);

/** Serves msw's worker script in development only, so it never lands in `dist/`. */
function mswWorkerInDev(): Plugin {
  return {
    name: 'msw-worker-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        const script = readFileSync(require.resolve('msw/mockServiceWorker.js'));
        res.setHeader('Content-Type', 'text/javascript');
        res.end(script);
      });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    mswWorkerInDev(),
    contentSecurityPolicyPlugin(loadEnv(mode, process.cwd(), 'VITE_')),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'build/**/*.test.ts',
      'tests/bench/**/*.test.ts',
    ],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    // Whole-app tests render every panel in jsdom; a busy two-core machine needs the margin.
    testTimeout: 20_000,
  },
}));
