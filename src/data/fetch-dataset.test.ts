import { describe, expect, it } from 'vitest';
import { localCopyOf } from '@/testing/local-entry';
import { loadRealDataset } from '@/testing/real-dataset';
import { combineWithLocal } from './fetch-dataset';
import { LocalDbError } from './local-db';

const { dataset, index } = loadRealDataset();
const file = { dataset, rejected: [], url: '/data/qpdp-dataset.json' };

describe('combineWithLocal', () => {
  it('shows the served data as it is when the browser storage cannot be read', () => {
    const loaded = combineWithLocal(file, new LocalDbError('unavailable', 'IndexedDB'));
    expect(loaded.index.dataset).toBe(dataset);
    expect(loaded.localError?.kind).toBe('unavailable');
    expect(loaded.localEntries).toEqual([]);
  });

  it('indexes the local reports with the served ones and lists what it left out', () => {
    const entry = localCopyOf(index, 'thach-that-pc-2024-h1', 'local-tt');
    const loaded = combineWithLocal(file, {
      entries: [entry, localCopyOf(index, 'hp-mpc-2024-q1', 'hp-mpc-2024-q1')],
      rejected: [],
    });
    expect([...loaded.index.localReportIds]).toEqual(['local-tt']);
    expect(loaded.index.reportsById.get('local-tt')?.unitId).toBe('thach-that');
    expect(loaded.rejected.map((r) => [r.file, r.recordId])).toEqual([
      ['IndexedDB', 'hp-mpc-2024-q1'],
    ]);
  });
});
