import { describe, expect, it } from 'vitest';
import { localCopyOf } from '@/testing/local-entry';
import { loadRealDataset } from '@/testing/real-dataset';
import { database } from './local-db';
import { loadLocalEntries, writeLocalEntries } from './local-reports';

const { index } = loadRealDataset();

describe('local report storage', () => {
  it('keeps reports across writes and reports a damaged record instead of failing', async () => {
    const dk = localCopyOf(index, 'duong-kinh-pc-2019-annual', 'local-dk');
    const tt = {
      ...localCopyOf(index, 'thach-that-pc-2024-h1', 'local-tt'),
      savedAt: '2026-11-26T09:30:00.000Z',
    };
    await writeLocalEntries([tt, dk]);
    const db = await database();
    await db.put('reports', { report: { id: 'local-bad' }, savedAt: 'yesterday' }, 'local-bad');
    const stored = await loadLocalEntries();
    expect(stored.entries.map((e) => e.report.id)).toEqual(['local-dk', 'local-tt']);
    expect(stored.entries[0]).toEqual(dk);
    expect(stored.rejected).toEqual([
      expect.objectContaining({ file: 'IndexedDB', recordId: 'local-bad', collection: 'reports' }),
    ]);
    await writeLocalEntries([], ['local-dk', 'local-tt', 'local-bad']);
    expect(await loadLocalEntries()).toEqual({ entries: [], rejected: [] });
  });
});
