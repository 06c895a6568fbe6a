import { describe, expect, it } from 'vitest';
import raw from '../../public/data/qpdp-dataset.json';
import { DatasetFormatError, parseDataset } from './parse-dataset';

const clone = () => structuredClone(raw) as unknown as Record<string, Record<string, unknown>[]>;

describe('parseDataset', () => {
  it('loads the shipped dataset with nothing rejected', () => {
    const { dataset, rejected } = parseDataset(raw, 'qpdp-dataset.json');
    expect(rejected).toEqual([]);
    expect(dataset.reports).toHaveLength(5);
    expect(dataset.facts.length).toBe(raw.facts.length);
  });

  it('names the file, record and field of a bad record and keeps the good ones', () => {
    const data = clone();
    const facts = data.facts as Record<string, unknown>[];
    const badId = facts[3]?.id;
    facts[3] = { ...facts[3], value: 'hai nghìn' };
    const { dataset, rejected } = parseDataset(data, 'reports.json');
    expect(rejected).toEqual([
      expect.objectContaining({
        file: 'reports.json',
        collection: 'facts',
        index: 3,
        recordId: badId,
        field: 'value',
      }),
    ]);
    expect(dataset.facts).toHaveLength(raw.facts.length - 1);
    expect(dataset.reports).toHaveLength(5);
  });

  it('rejects records whose references do not resolve, and duplicates', () => {
    const data = clone();
    const reports = data.reports as Record<string, unknown>[];
    reports.push({ ...reports[0], id: 'orphan', unitId: 'atlantis' });
    reports.push({ ...reports[1] });
    const { dataset, rejected } = parseDataset(data, 'x.json');
    expect(rejected.map((r) => [r.recordId, r.field])).toEqual([
      ['orphan', 'unitId'],
      [reports[1]?.id, 'id'],
    ]);
    expect(dataset.reports).toHaveLength(5);
  });

  it('drops the facts of a rejected report instead of showing them unattached', () => {
    const data = clone();
    const reports = data.reports as Record<string, unknown>[];
    const target = reports[0]?.id as string;
    reports[0] = { ...reports[0], date: '2024-13-45' };
    const { dataset, rejected } = parseDataset(data, 'x.json');
    expect(rejected[0]).toMatchObject({ collection: 'reports', recordId: target, field: 'date' });
    expect(dataset.facts.some((f) => f.reportId === target)).toBe(false);
    expect(
      rejected.filter((r) => r.collection === 'facts').every((r) => r.field === 'reportId'),
    ).toBe(true);
  });

  it('refuses a payload that is not a dataset at all, saying where', () => {
    expect(() => parseDataset({ hello: 'world' }, 'wrong.json')).toThrow(DatasetFormatError);
    expect(() => parseDataset({ ...raw, schemaVersion: 2 }, 'wrong.json')).toThrow(
      /wrong\.json: schemaVersion/,
    );
  });
});

describe('dates in records', () => {
  it('rejects a day that does not exist', () => {
    const data = clone();
    const reports = data.reports as Record<string, unknown>[];
    reports[0] = { ...reports[0], date: '2023-02-29' };
    const { rejected } = parseDataset(data, 'x.json');
    expect(rejected[0]).toMatchObject({
      collection: 'reports',
      field: 'date',
      message: 'not a real calendar date',
    });
  });
});
