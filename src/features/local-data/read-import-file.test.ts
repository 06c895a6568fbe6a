import { describe, expect, it } from 'vitest';
import { localDatasetFile } from '@/domain/local/local-file';
import { localCopyOf } from '@/testing/local-entry';
import { loadRealDataset } from '@/testing/real-dataset';
import { readImportFile } from './read-import-file';

const { dataset, index } = loadRealDataset();
const context = {
  units: dataset.units,
  builtinReports: dataset.reports,
  local: [],
  savedAt: '2026-11-26T10:00:00.000Z',
};
const fileText = JSON.stringify(
  localDatasetFile(
    [localCopyOf(index, 'duong-kinh-pc-2019-annual', 'local-dk')],
    index.units,
    '2026-11-26',
  ),
);

describe('readImportFile', () => {
  it('plans the import of an exported file', () => {
    const result = readImportFile(fileText, 'qpdp-local.json', 'merge', context);
    expect('plan' in result && result.plan.rows.map((r) => r.action)).toEqual(['similar']);
  });

  it('names a truncated file as broken JSON', () => {
    const result = readImportFile(fileText.slice(0, 300), 'cut.json', 'merge', context);
    expect(result).toEqual({ error: expect.objectContaining({ kind: 'json', file: 'cut.json' }) });
  });

  it('names a JSON file that is not a dataset, and where it differs', () => {
    const result = readImportFile('{"views": []}', 'views.json', 'merge', context);
    expect(result).toEqual({
      error: {
        kind: 'format',
        file: 'views.json',
        detail: expect.stringContaining('schemaVersion'),
      },
    });
  });
});
