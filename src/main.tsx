import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './app/styles.css';
import './app/print.css';
import './features/import/import.css';
import { App } from './app/app';

async function startMocksInDevelopment() {
  const scenario =
    new URLSearchParams(window.location.search).get('scenario') ?? import.meta.env.VITE_SCENARIO;
  if (!scenario) return;
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker(scenario);
}

// A static condition, so production bundles drop msw and its handlers entirely.
if (import.meta.env.DEV) await startMocksInDevelopment();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
