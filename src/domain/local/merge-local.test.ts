import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/domain/dataset-index';
import { localCopyOf } from '@/testing/local-entry';
import { loadRealDataset } from '@/testing/real-dataset';
import { mergeLocalEntries } from './merge-local';

const { dataset, index } = loadRealDataset();

describe('mergeLocalEntries', () => {
  it('adds a local report, its source and its facts beside the built-in ones', () => {
    const entry = localCopyOf(index, 'thach-that-pc-2024-h1', 'local-thach-that-2024-h1');
    const merged = mergeLocalEntries(dataset, [entry]);
    expect(merged.rejected).toEqual([]);
    expect(merged.dataset.reports).toHaveLength(dataset.reports.length + 1);
    expect(merged.dataset.facts).toHaveLength(dataset.facts.length + entry.facts.length);
    expect([...merged.localReportIds]).toEqual(['local-thach-that-2024-h1']);
    const mergedIndex = indexDataset(merged.dataset, merged.localReportIds);
    expect(mergedIndex.reportsByUnit.get('thach-that')?.map((r) => r.id)).toEqual([
      'local-thach-that-2024-h1',
      'thach-that-pc-2024-h1',
    ]);
    expect(mergedIndex.sourcesById.get('local-thach-that-2024-h1-text')?.kind).toBe('local-entry');
  });

  it('keeps the built-in data as it is when nothing was added', () => {
    expect(mergeLocalEntries(dataset, []).dataset).toBe(dataset);
  });

  it('never lets a local report overwrite a built-in one, and says so', () => {
    const clash = localCopyOf(index, 'hp-mpc-2024-q1', 'hp-mpc-2024-q1');
    const merged = mergeLocalEntries(dataset, [clash]);
    expect(merged.dataset.reports).toHaveLength(dataset.reports.length);
    expect(merged.rejected).toEqual([
      expect.objectContaining({ collection: 'reports', recordId: 'hp-mpc-2024-q1', field: 'id' }),
    ]);
  });

  it('leaves out a report of a unit the table does not hold, and a fact about one', () => {
    const lost = localCopyOf(index, 'hp-mpc-2024-q1', 'local-lost');
    lost.report.unitId = 'atlantis';
    const stray = localCopyOf(index, 'duong-kinh-pc-2019-annual', 'local-dk');
    stray.facts[0]!.unitId = 'atlantis';
    const merged = mergeLocalEntries(dataset, [lost, stray]);
    expect([...merged.localReportIds]).toEqual(['local-dk']);
    expect(merged.rejected.map((r) => [r.recordId, r.field, r.message])).toEqual([
      ['local-lost', 'unitId', 'refers to unknown id "atlantis"'],
      ['local-dk-f1', 'unitId', 'refers to unknown id "atlantis"'],
    ]);
    expect(merged.dataset.facts).toHaveLength(dataset.facts.length + stray.facts.length - 1);
  });
});
