import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@mocks/synthetic/dataset';
import realDataset from '../../public/data/qpdp-dataset.json';
import { quickFact } from './quick-fact';
import { factSchema } from './schema/fact';

const facts = [
  ...(realDataset.facts as Record<string, unknown>[]),
  ...(JSON.parse(
    JSON.stringify(generateSyntheticDataset({ reports: 300, seed: 5 }).facts),
  ) as Record<string, unknown>[]),
];

const oddValues: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'Bad Id',
  -1,
  1.5,
  0,
  Infinity,
  {},
  [],
  true,
];

/** Every fact with one field, or one field of a nested object, changed to each odd value. */
function* variants(fact: Record<string, unknown>) {
  for (const key of [...Object.keys(fact), 'extra']) {
    for (const odd of oddValues) yield { ...fact, [key]: odd };
    const nested = fact[key];
    if (nested && typeof nested === 'object' && !Array.isArray(nested))
      for (const inner of [...Object.keys(nested), 'extra'])
        for (const odd of [...oddValues, '2024-02-30', '2024-13-01', '1999-01-01', 'inferred'])
          yield { ...fact, [key]: { ...nested, [inner]: odd } };
  }
  const noValue = { ...fact };
  delete noValue.value;
  yield noValue;
}

describe('the fast check of facts', () => {
  it('takes every fact of the real and the synthetic data, giving what the schema gives', () => {
    for (const fact of facts) {
      const quick = quickFact(fact);
      expect(quick, String(fact.id)).toBeDefined();
      expect(quick).toEqual(factSchema.parse(fact));
    }
  });

  it('never takes a record the schema refuses, nor gives one it would give otherwise', () => {
    let tried = 0;
    for (const fact of facts.slice(0, 140)) {
      for (const variant of variants(fact)) {
        tried++;
        const quick = quickFact(variant);
        if (quick === undefined) continue;
        const strict = factSchema.safeParse(variant);
        expect(strict.success, JSON.stringify(variant)).toBe(true);
        expect(quick).toEqual(strict.data);
      }
    }
    expect(tried).toBeGreaterThan(10_000);
  });
});
