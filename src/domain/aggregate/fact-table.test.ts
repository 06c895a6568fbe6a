import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../../mocks/synthetic/dataset';
import { loadRealDataset } from '@/testing/real-dataset';
import { buildDatasetTable, buildFactTable, groupRows, viewOf } from './fact-table';
import { headlineTotals } from './headline-totals';
import { figureKey } from './figure-key';

describe('the fact table', () => {
  const { dataset } = loadRealDataset();

  it('holds each fact in its columns', () => {
    const table = buildFactTable(dataset.facts);
    dataset.facts.forEach((fact, i) => {
      expect(table.facts[i]).toBe(fact);
      expect(table.units.values[table.unit[i]!]).toBe(fact.unitId);
      expect(table.reports.values[table.report[i]!]).toBe(fact.reportId);
      expect(table.measures.values[table.measure[i]!]).toBe(fact.measure);
      expect(Number.isNaN(table.value[i]!) ? null : table.value[i]).toBe(fact.value);
      expect(table.periods[table.period[i]!]!.start).toBe(fact.period.start);
    });
  });

  it('numbers figures as their keys do: the same number exactly when the key is the same', () => {
    const facts = [...dataset.facts, { ...dataset.facts[0]!, id: 'restated', reportId: 'other' }];
    const table = buildFactTable(facts);
    for (let a = 0; a < facts.length; a++)
      for (let b = a + 1; b < facts.length; b++)
        expect([a, b, table.figure[a] === table.figure[b]]).toEqual([
          a,
          b,
          figureKey(facts[a]!) === figureKey(facts[b]!),
        ]);
    expect(table.figureShared[0]).toBe(1);
    expect(table.figureShared[facts.length - 1]).toBe(1);
  });

  it('groups rows by a code, keeping their order', () => {
    const { offsets, order } = groupRows(Uint32Array.from([2, 0, 2, 1, 0]), 3);
    expect([...offsets]).toEqual([0, 2, 3, 5]);
    expect([...order]).toEqual([1, 4, 3, 0, 2]);
  });

  it("finds a panel's own list of facts in the dataset's table, with the same totals", () => {
    const synthetic = generateSyntheticDataset({ reports: 600, seed: 5 });
    const table = buildDatasetTable(synthetic.facts);
    const awards = synthetic.facts.filter((f) => f.category !== 'task');
    expect(awards.length).toBeGreaterThan(2000);
    const view = viewOf(awards);
    expect(view.table).toBe(table);
    expect([...view.rows].map((i) => table.facts[i])).toEqual(awards);
    const copies = structuredClone(awards);
    expect(viewOf(copies).table).not.toBe(table);
    expect(headlineTotals(awards)).toEqual(headlineTotals(copies));
  });
});
