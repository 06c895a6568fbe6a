import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/domain/parse-dataset';
import { localCopyOf } from '@/testing/local-entry';
import { loadRealDataset } from '@/testing/real-dataset';
import { localDatasetFile } from './local-file';

const { index } = loadRealDataset();

describe('localDatasetFile', () => {
  it('is a dataset file that loads on its own, with no record rejected', () => {
    const entries = [
      localCopyOf(index, 'duong-kinh-pc-2019-annual', 'local-dk-2019'),
      localCopyOf(index, 'thach-that-pc-2024-h1', 'local-tt-2024'),
    ];
    const file = localDatasetFile(entries, index.units, '2026-11-26');
    const roundTrip = parseDataset(JSON.parse(JSON.stringify(file)), 'local.json');
    expect(roundTrip.rejected).toEqual([]);
    expect(roundTrip.dataset.reports.map((r) => r.id)).toEqual(['local-dk-2019', 'local-tt-2024']);
    expect(roundTrip.dataset.facts).toHaveLength(
      entries[0]!.facts.length + entries[1]!.facts.length,
    );
  });

  it('carries the units referred to and those that place them, and no others', () => {
    const file = localDatasetFile(
      [localCopyOf(index, 'duong-kinh-pc-2019-annual', 'local-dk-2019')],
      index.units,
      '2026-11-26',
    );
    const ids = file.units.map((u) => u.id);
    expect(ids).toContain('duong-kinh');
    expect(ids).toContain('hai-phong');
    expect(ids).not.toContain('bac-giang');
    expect(ids).not.toContain('thach-that');
    for (const unit of file.units) {
      if (unit.parentId) expect(ids).toContain(unit.parentId);
      if (unit.militaryRegionId) expect(ids).toContain(unit.militaryRegionId);
    }
  });
});
