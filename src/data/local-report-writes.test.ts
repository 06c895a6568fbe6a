import { describe, expect, it } from 'vitest';
import { localCopyOf } from '@/testing/local-entry';
import { loadRealDataset } from '@/testing/real-dataset';
import { undoOf } from './local-report-writes';

const { index } = loadRealDataset();
const dk = localCopyOf(index, 'duong-kinh-pc-2019-annual', 'local-dk');
const tt = localCopyOf(index, 'thach-that-pc-2024-h1', 'local-tt');

describe('undoOf', () => {
  it('removes a report that was new, and restores one that was edited', () => {
    const edited = { ...dk, report: { ...dk.report, venue: { vi: 'Hội trường', en: 'Hall' } } };
    expect(undoOf({ put: [edited, tt] }, [dk])).toEqual({ put: [dk], remove: ['local-tt'] });
  });

  it('brings back what was deleted', () => {
    expect(undoOf({ remove: ['local-dk', 'local-tt'] }, [dk, tt])).toEqual({
      put: [dk, tt],
      remove: [],
    });
  });
});
