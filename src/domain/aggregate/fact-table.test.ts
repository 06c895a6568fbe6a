import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../../mocks/synthetic/dataset';
import { loadRealDataset } from '@/testing/real-dataset';
import { buildDatasetTable, buildFactTable } from './build-fact-table';
import { groupRows, type FactTable } from './fact-table';
import { encodeColumnarDataset } from '../dataset-columns';
import { parseDataset } from '../parse-dataset';
import { factsOfReport } from '../dataset-index';
import { factRows } from './fact-rows';
import { headlineTotals, type Range, type Total } from './headline-totals';
import { figureKey } from './figure-key';
import type { Fact } from '../schema/fact';

describe('the fact table', () => {
  const { dataset } = loadRealDataset();

  it('holds each fact in its columns, by category, then measure, then variant', () => {
    const table = buildFactTable(dataset.facts);
    expect([...table.origin].sort((a, b) => a - b)).toEqual(dataset.facts.map((_, i) => i));
    const kind = (i: number) => [table.category[i]!, table.measure[i]!, table.variant[i]!];
    table.facts.forEach((fact, i) => {
      expect(fact).toBe(dataset.facts[table.origin[i]!]);
      if (i > 0) {
        const [before, now] = [kind(i - 1), kind(i)];
        const firstDiffering = now.findIndex((code, part) => code !== before[part]);
        if (firstDiffering === -1) expect(table.origin[i]).toBeGreaterThan(table.origin[i - 1]!);
        else expect(now[firstDiffering]).toBeGreaterThan(before[firstDiffering]!);
      }
      expect(fact.category).toBe(table.facts[i]!.category);
      expect(table.units.values[table.unit[i]!]).toBe(fact.unitId);
      expect(table.reports.values[table.report[i]!]).toBe(fact.reportId);
      expect(table.measures.values[table.measure[i]!]).toBe(fact.measure);
      expect(Number.isNaN(table.value[i]!) ? null : table.value[i]).toBe(fact.value);
      expect(table.periods[table.period[i]!]!.start).toBe(fact.period.start);
    });
  });

  it('numbers figures as their keys do: the same number exactly when the key is the same', () => {
    const restated = { ...dataset.facts[0]!, id: 'restated', reportId: 'other' };
    const table = buildFactTable([...dataset.facts, restated]);
    const { facts } = table;
    for (let a = 0; a < facts.length; a++)
      for (let b = a + 1; b < facts.length; b++)
        expect([a, b, table.figure[a] === table.figure[b]]).toEqual([
          a,
          b,
          figureKey(facts[a]!) === figureKey(facts[b]!),
        ]);
    expect(table.figureShared[facts.indexOf(dataset.facts[0]!)]).toBe(1);
    expect(table.figureShared[facts.indexOf(restated)]).toBe(1);
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
    const view = factRows(awards);
    expect(view.table).toBe(table);
    expect(new Set(view.toArray())).toEqual(new Set(awards));
    const copies = structuredClone(awards);
    expect(factRows(copies).table).not.toBe(table);
    // The same figures and the same facts behind them, whichever table they come from.
    const plain = (totals: ReturnType<typeof headlineTotals>) =>
      Object.entries(totals).map(([card, total]: [string, Total | Range | undefined]) => [
        card,
        total && { ...total, facts: total.facts.toArray().map((f) => f.id) },
      ]);
    expect(plain(headlineTotals(awards))).toEqual(plain(headlineTotals(copies)));
  });
});

describe('the fact table of a file in the column layout', () => {
  it('is the table built fact by fact, read from the templates instead', () => {
    const synthetic = generateSyntheticDataset({ reports: 400, seed: 9 });
    const parsed = parseDataset(
      JSON.parse(JSON.stringify(encodeColumnarDataset(synthetic))),
      'columns.json',
    );
    expect(parsed.factWire?.rows.length).toBe(parsed.dataset.facts.length);
    const fromWire = buildFactTable(parsed.dataset.facts, parsed.factWire);
    const byFact = buildFactTable(parsed.dataset.facts);
    expect(fromWire.facts).toEqual(byFact.facts);
    const decoded = (table: FactTable) =>
      table.facts.map((_, i) => [
        table.category[i],
        table.measures.values[table.measure[i]!],
        table.value[i],
        table.qualifier[i],
        table.units.values[table.unit[i]!],
        table.reports.values[table.report[i]!],
        table.periods[table.period[i]!],
        table.topic[i],
        table.variants.values[table.variant[i]!],
        table.statuses.values[table.status[i]!],
        table.issuers.values[table.issuer[i]!],
        table.figure[i],
        table.figureShared[i],
        table.origin[i],
      ]);
    expect(decoded(fromWire)).toEqual(decoded(byFact));
  });

  it('points each row at a fact with the same shared fields, one per template', () => {
    const synthetic = generateSyntheticDataset({ reports: 300, seed: 4 });
    const columns = JSON.parse(JSON.stringify(encodeColumnarDataset(synthetic)));
    const parsed = parseDataset(columns, 'columns.json');
    const table = buildFactTable(parsed.dataset.facts, parsed.factWire);
    const own = new Set(['id', 'value', 'reportId', 'unitId', 'period']);
    const sharedPart = (fact: Fact) =>
      Object.fromEntries(Object.entries(fact).filter(([field]) => !own.has(field)));
    for (let row = 0; row < table.facts.length; row++)
      expect(sharedPart(table.facts[table.sharedWith[row]!]!)).toEqual(
        sharedPart(table.facts[row]!),
      );
    expect(new Set(table.sharedWith).size).toBe(columns.facts.templates.length);
    expect(buildFactTable(synthetic.facts).sharedWith).toEqual(
      Uint32Array.from(synthetic.facts, (_, row) => row),
    );
  });
});

describe("a report's facts", () => {
  it('come in the order the dataset gives them, whatever the table order', () => {
    const { index, dataset } = loadRealDataset();
    for (const report of dataset.reports)
      expect(factsOfReport(index, report.id)).toEqual(
        dataset.facts.filter((f) => f.reportId === report.id),
      );
  });
});
