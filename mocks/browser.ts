import { setupWorker } from 'msw/browser';
import { isScenario, scenarios } from './handlers';

/** Development only: serve the dataset through msw with the chosen scenario. */
export async function startMockWorker(scenario: string) {
  if (!isScenario(scenario)) {
    console.warn(`Unknown scenario "${scenario}"; known: ${Object.keys(scenarios).join(', ')}`);
    return;
  }
  const worker = setupWorker(...scenarios[scenario]);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: false });
  console.info(`msw scenario: ${scenario}`);
}
