import { delay, http, HttpResponse } from 'msw';
import realDataset from '../public/data/qpdp-dataset.json';
import { encodeColumnarDataset } from '../src/domain/dataset-columns';
import { generateSyntheticDataset } from './synthetic/dataset';

/** Any URL ending in the dataset's file name: the default path, or a test's own base URL. */
export const DATASET_PATH = '*/data/qpdp-dataset.json';

export const datasetHandler = http.get(DATASET_PATH, () => HttpResponse.json(realDataset));
export const handlers = [datasetHandler];

/** The real dataset with a few records broken in ways real data breaks. */
export function malformedDataset() {
  const copy = structuredClone(realDataset) as typeof realDataset & Record<string, unknown[]>;
  const facts = copy.facts as Record<string, unknown>[];
  const reports = copy.reports as Record<string, unknown>[];
  facts[0] = { ...facts[0], value: 'hai nghìn' };
  facts[1] = { ...facts[1], reportId: 'no-such-report' };
  reports.push({ ...reports[0], id: 'broken-report', date: '2024-13-45' });
  return copy;
}

export const scenarios = {
  normal: handlers,
  slow: [
    http.get(DATASET_PATH, async () => {
      await delay(3000);
      return HttpResponse.json(realDataset);
    }),
  ],
  error: [http.get(DATASET_PATH, () => new HttpResponse('Internal Server Error', { status: 500 }))],
  'bad-json': [
    http.get(
      DATASET_PATH,
      () =>
        new HttpResponse(JSON.stringify(realDataset).slice(0, 500), {
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  ],
  malformed: [http.get(DATASET_PATH, () => HttpResponse.json(malformedDataset()))],
  // In the column layout a national deployment serves.
  large: [
    http.get(DATASET_PATH, () =>
      HttpResponse.json(encodeColumnarDataset(generateSyntheticDataset({ reports: 10_000 }))),
    ),
  ],
};
export type ScenarioName = keyof typeof scenarios;

export function isScenario(name: string): name is ScenarioName {
  return name in scenarios;
}
