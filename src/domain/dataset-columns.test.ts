import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../mocks/synthetic/dataset';
import { loadRealDataset } from '@/testing/real-dataset';
import { encodeColumnarDataset, factChecks, reportChecks } from './dataset-columns';
import { factBase } from './schema/fact';
import { reportSchema } from './schema/report';
import { DatasetFormatError, parseDataset } from './parse-dataset';

/** Key order differs between the layouts (a record's own fields come first): compare sorted. */
const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortedKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sortedKeys(v)]),
        )
      : value;

const realDataset = loadRealDataset().dataset;
const columnar = () => structuredClone(encodeColumnarDataset(realDataset));
type Column = { values?: unknown[]; dictionary?: unknown[]; codes?: unknown[]; runs?: unknown[] };

/** A dictionary column with one code per row, as an older file or another encoder writes it. */
function withCodes(column: Column): Column {
  if (!column.runs) return column;
  const codes: unknown[] = [];
  for (let r = 0; r < column.runs.length; r += 2)
    for (let n = 0; n < (column.runs[r + 1] as number); n++) codes.push(column.runs[r]);
  delete column.runs;
  column.codes = codes;
  return column;
}

describe('the column layout', () => {
  it('holds the five reports exactly: decoding gives back every record', () => {
    const { dataset, rejected } = parseDataset(columnar(), 'cols.json');
    expect(rejected).toEqual([]);
    expect(sortedKeys(dataset)).toEqual(sortedKeys(realDataset));
  });

  it('keeps what repeats once: periods shared by facts are one object', () => {
    const encoded = encodeColumnarDataset(realDataset);
    expect(encoded.facts.templates.length).toBeLessThan(realDataset.facts.length);
    const { dataset } = parseDataset(structuredClone(encoded), 'cols.json');
    const byPeriod = new Map<string, Set<object>>();
    for (const { period } of dataset.facts) {
      const key = JSON.stringify(period);
      byPeriod.set(key, (byPeriod.get(key) ?? new Set()).add(period));
    }
    expect([...byPeriod.values()].every((objects) => objects.size === 1)).toBe(true);
    expect(byPeriod.size).toBeLessThan(dataset.facts.length / 3);
  });

  it('is much smaller than one object per record at national scale', () => {
    const synthetic = generateSyntheticDataset({ reports: 2000, seed: 3 });
    const records = JSON.stringify(synthetic.facts).length;
    const columns = JSON.stringify(encodeColumnarDataset(synthetic).facts).length;
    expect(columns).toBeLessThan(records / 5);
    const { dataset, rejected } = parseDataset(
      JSON.parse(JSON.stringify(encodeColumnarDataset(synthetic))),
      'synthetic.json',
    );
    expect(rejected).toEqual([]);
    expect(sortedKeys(dataset)).toEqual(sortedKeys(synthetic));
  });

  it('names a bad value, a code outside the dictionary and a bad template, and loads the rest', () => {
    const data = columnar();
    const value = data.facts.columns.value as Column;
    value.values![2] = -5;
    const unit = withCodes(data.facts.columns.unitId as Column);
    unit.codes![7] = 9999;
    const badTemplate = data.facts.template[10] as number;
    data.facts.templates[badTemplate] = { ...data.facts.templates[badTemplate], category: 'nope' };
    const usingBadTemplate = data.facts.template.filter((t) => t === badTemplate).length;
    const ids = (data.facts.columns.id as Column).values as string[];

    const { dataset, rejected } = parseDataset(data, 'cols.json');
    expect(rejected).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          collection: 'facts',
          index: 2,
          recordId: ids[2],
          field: 'value',
        }),
        expect.objectContaining({
          index: 7,
          recordId: ids[7],
          field: 'unitId',
          message: 'code 9999 is not in the dictionary',
        }),
        expect.objectContaining({ index: 10, recordId: ids[10], field: 'category' }),
      ]),
    );
    const bad = new Set(rejected.map((r) => r.index));
    expect(bad.size).toBe(rejected.length);
    expect(dataset.facts).toHaveLength(realDataset.facts.length - rejected.length);
    expect(rejected.length).toBeGreaterThanOrEqual(usingBadTemplate + 1);
  });

  it('refuses a table without one of its columns, naming it', () => {
    const data = columnar();
    delete (data.reports.columns as Record<string, unknown>).date;
    expect(() => parseDataset(data, 'cols.json')).toThrow(DatasetFormatError);
    expect(() => parseDataset(data, 'cols.json')).toThrow(/reports\.columns\.date/);
  });

  it('codes a column whose rows repeat their neighbour as runs, and reads either form', () => {
    const synthetic = generateSyntheticDataset({ reports: 500, seed: 2 });
    const encoded = JSON.parse(JSON.stringify(encodeColumnarDataset(synthetic)));
    const reportIds = encoded.facts.columns.reportId as Column;
    expect(reportIds.runs!.length / 2).toBe(synthetic.reports.length);
    expect(reportIds.codes).toBeUndefined();
    const parsed = parseDataset(encoded, 'runs.json');
    for (const name of ['reportId', 'unitId', 'period']) withCodes(encoded.facts.columns[name]);
    const fromCodes = parseDataset(encoded, 'codes.json');
    expect(parsed.rejected).toEqual([]);
    expect(sortedKeys(parsed.dataset)).toEqual(sortedKeys(fromCodes.dataset));
    expect(sortedKeys(parsed.dataset)).toEqual(sortedKeys(synthetic));
  });

  it('names every row of a run whose code is not in the dictionary, and loads the rest', () => {
    const data = JSON.parse(
      JSON.stringify(encodeColumnarDataset(generateSyntheticDataset({ reports: 50, seed: 2 }))),
    );
    const runs = (data.facts.columns.reportId as Column).runs!;
    runs[2] = 'r2';
    const { dataset, rejected } = parseDataset(data, 'runs.json');
    const length = runs[3] as number;
    expect(rejected).toHaveLength(length);
    expect(rejected[0]).toMatchObject({
      index: runs[1],
      field: 'reportId',
      message: 'code r2 is not in the dictionary',
    });
    expect(dataset.facts).toHaveLength(data.facts.count - length);
  });

  it('codes running ids as numbers, and still finds a repeated id among them', () => {
    const synthetic = generateSyntheticDataset({ reports: 200, seed: 6 });
    const encoded = JSON.parse(JSON.stringify(encodeColumnarDataset(synthetic)));
    expect(encoded.facts.columns.id.prefixes.length).toBe(synthetic.reports.length);
    expect(encoded.reports.columns.id.numbers).toHaveLength(synthetic.reports.length);
    const { numbers, prefixRuns } = encoded.facts.columns.id;
    // The second fact takes the id of the first (same prefix, same number).
    const firstRun = prefixRuns[1] as number;
    expect(firstRun).toBeGreaterThan(1);
    numbers[1] = numbers[0];
    const ids = synthetic.facts.map((f) => f.id);
    const { dataset, rejected } = parseDataset(encoded, 'numbered.json');
    expect(rejected).toEqual([
      expect.objectContaining({
        collection: 'facts',
        index: 1,
        recordId: ids[0],
        field: 'id',
        message: 'duplicate id: the first record with this id was kept',
      }),
    ]);
    expect(dataset.facts).toHaveLength(ids.length - 1);
    expect(dataset.facts[0]!.id).toBe(ids[0]);
  });

  it('refuses runs that do not cover the table, naming the column', () => {
    const data = JSON.parse(
      JSON.stringify(encodeColumnarDataset(generateSyntheticDataset({ reports: 50, seed: 2 }))),
    );
    (data.facts.columns.reportId as Column).runs!.push(0, 3);
    expect(() => parseDataset(data, 'runs.json')).toThrow(
      /facts\.columns\.reportId\.runs: the runs cover more than the table's \d+ rows/,
    );
  });

  it('refuses a column that is not a list, naming it', () => {
    const data = columnar();
    (data.facts.columns as Record<string, unknown>).value = { values: 'not a list' };
    expect(() => parseDataset(data, 'cols.json')).toThrow(/facts\.columns\.value/);
    const noTemplates = columnar();
    (noTemplates.facts as Record<string, unknown>).template = 7;
    expect(() => parseDataset(noTemplates, 'cols.json')).toThrow(
      /facts\.template: expected an array/,
    );
  });

  it('checks links across tables as the record layout does', () => {
    const data = columnar();
    const reportIds = data.facts.columns.reportId as Column;
    reportIds.dictionary![0] = 'no-such-report';
    const { rejected } = parseDataset(data, 'cols.json');
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((r) => r.field === 'reportId' && /no-such-report/.test(r.message))).toBe(
      true,
    );
  });

  it('names the same broken links as the record layout: a report, a unit, a source', () => {
    const records = structuredClone(realDataset);
    const broken = (i: number) => records.facts[i]!;
    broken(0).reportId = 'no-such-report';
    broken(3).unitId = 'no-such-unit';
    broken(5).provenance = { ...broken(5).provenance, sourceId: 'no-such-source' };
    const asRecords = parseDataset(structuredClone(records), 'cols.json').rejected;
    const asColumns = parseDataset(
      structuredClone(encodeColumnarDataset(records)),
      'cols.json',
    ).rejected;
    const named = (list: typeof asRecords) =>
      list.map((r) => [r.recordId, r.field, r.message]).sort();
    expect(named(asColumns)).toEqual(named(asRecords));
    expect(
      named(asColumns)
        .map(([, field]) => field)
        .sort(),
    ).toEqual(['provenance.sourceId', 'reportId', 'unitId']);
  });

  it('checks row fields quickly with the same answers as the schemas', () => {
    const samples = [
      'syn-r1-f2',
      'Hai-Phong',
      '-x',
      '',
      'hải-phòng',
      0,
      2550,
      -1,
      1.5,
      Infinity,
      NaN,
      null,
      undefined,
      '2024-02-29',
      '2023-02-29',
      '2024-4-3',
      { kind: 'year' },
    ];
    for (const [name, schema] of Object.entries({
      id: factBase.id,
      unitId: factBase.unitId,
      value: factBase.value,
      date: reportSchema.shape.date,
    })) {
      const checks = name === 'date' ? reportChecks : factChecks;
      for (const sample of samples)
        expect([name, sample, checks.field(name, sample).ok]).toEqual([
          name,
          sample,
          schema.safeParse(sample).success,
        ]);
    }
    expect(factChecks.field('date', '2024-01-01').ok).toBe(false);
  });
});
