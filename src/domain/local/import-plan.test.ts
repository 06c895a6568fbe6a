import { describe, expect, it } from 'vitest';
import { DatasetFormatError } from '@/domain/parse-dataset';
import { localCopyOf } from '@/testing/local-entry';
import { loadRealDataset } from '@/testing/real-dataset';
import { importChanges, planImport, type ImportContext } from './import-plan';
import { localDatasetFile } from './local-file';

const { dataset, index, raw } = loadRealDataset();

const dk = localCopyOf(index, 'duong-kinh-pc-2019-annual', 'local-dk-2019');
const tt = localCopyOf(index, 'thach-that-pc-2024-h1', 'local-tt-2024');
const bg = localCopyOf(index, 'bac-giang-mpc-2024-resolution', 'local-bg-2024');

function context(local = [dk]): ImportContext {
  return {
    units: dataset.units,
    builtinReports: [],
    local,
    savedAt: '2026-11-26T10:00:00.000Z',
  };
}
const fileOf = (...entries: (typeof dk)[]) =>
  JSON.parse(JSON.stringify(localDatasetFile(entries, index.units, '2026-11-26'))) as unknown;
const actions = (plan: ReturnType<typeof planImport>) =>
  plan.rows.map((r) => [r.entry.report.id, r.action, r.otherId]);

describe('planImport', () => {
  it('says which reports are new, unchanged or changed', () => {
    const changed = structuredClone(dk);
    changed.report.title = { vi: 'Tổng kết năm 2019 (đã sửa)', en: '2019 review (edited)' };
    const plan = planImport(fileOf(changed, tt), 'x.json', 'merge', context());
    expect(actions(plan)).toEqual([
      ['local-dk-2019', 'update', 'local-dk-2019'],
      ['local-tt-2024', 'add', undefined],
    ]);
    expect(planImport(fileOf(dk), 'x.json', 'merge', context()).rows[0]?.action).toBe('unchanged');
  });

  it('flags a probable duplicate: same unit, day and kind under another id', () => {
    const ctx = { ...context(), builtinReports: dataset.reports };
    const plan = planImport(fileOf(tt), 'x.json', 'merge', ctx);
    expect(actions(plan)).toEqual([['local-tt-2024', 'similar', 'thach-that-pc-2024-h1']]);
    expect(plan.rows[0]?.selectedByDefault).toBe(false);
  });

  it('never imports over a built-in report: the shipped file imports nothing', () => {
    const ctx = { ...context([]), builtinReports: dataset.reports };
    const plan = planImport(raw, 'qpdp-dataset.json', 'merge', ctx);
    expect(plan.rows.every((r) => r.action === 'builtin')).toBe(true);
    expect(importChanges(plan, new Set(plan.rows.map((r) => r.entry.report.id))).put).toEqual([]);
  });

  it('in replace mode deletes the local reports the import does not keep', () => {
    const plan = planImport(fileOf(bg), 'x.json', 'replace', context([dk, tt]));
    expect(plan.removed.map((e) => e.report.id)).toEqual(['local-dk-2019', 'local-tt-2024']);
    const changes = importChanges(plan, new Set(['local-bg-2024']));
    expect(changes.put.map((e) => e.report.id)).toEqual(['local-bg-2024']);
    expect(changes.remove).toEqual(['local-dk-2019', 'local-tt-2024']);
  });

  it('in merge mode imports only what was chosen and deletes nothing', () => {
    const plan = planImport(fileOf(tt, bg), 'x.json', 'merge', context());
    expect(importChanges(plan, new Set(['local-bg-2024']))).toEqual({
      put: [expect.objectContaining({ report: expect.objectContaining({ id: 'local-bg-2024' }) })],
      remove: [],
    });
  });

  it('names the bad records of a file and keeps the good ones', () => {
    const file = fileOf(dk, tt) as {
      facts: Record<string, unknown>[];
      reports: Record<string, unknown>[];
    };
    file.facts[0] = { ...file.facts[0], value: 'hai nghìn' };
    file.reports[1] = { ...file.reports[1], unitId: 'atlantis' };
    const plan = planImport(file, 'broken.json', 'merge', context([]));
    expect(actions(plan)).toEqual([['local-dk-2019', 'add', undefined]]);
    expect(plan.rejected.map((r) => [r.file, r.collection, r.recordId, r.field])).toEqual(
      expect.arrayContaining([
        ['broken.json', 'facts', 'local-dk-2019-f1', 'value'],
        ['broken.json', 'reports', 'local-tt-2024', 'unitId'],
      ]),
    );
  });

  it('refuses a file that is not a dataset, saying where', () => {
    expect(() => planImport([1, 2], 'list.json', 'merge', context())).toThrow(DatasetFormatError);
    expect(() => planImport({ schemaVersion: 2 }, 'v2.json', 'merge', context())).toThrow(
      /v2\.json: schemaVersion/,
    );
  });
});

describe('planImport on the same report built another way', () => {
  it('calls it unchanged whatever the order of its fields', () => {
    const reordered = structuredClone(dk);
    reordered.facts = reordered.facts.map(
      (f) => Object.fromEntries(Object.entries(f).reverse()) as typeof f,
    );
    const plan = planImport(fileOf(reordered), 'x.json', 'merge', context());
    expect(plan.rows[0]?.action).toBe('unchanged');
  });
});
