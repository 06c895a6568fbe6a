import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@mocks/synthetic/dataset';
import { indexDataset } from '@/domain/dataset-index';
import { reportRows } from '@/domain/selectors';
import { loadRealDataset } from '@/testing/real-dataset';
import { groupByYear, leadOf } from './timeline-model';

const { index } = loadRealDataset();
const rows = reportRows(index);

describe('groupByYear', () => {
  it('tells the story oldest first, a group per year', () => {
    const groups = groupByYear(rows);
    expect(groups.map((g) => [g.year, g.rows.map((r) => r.report.id)])).toEqual([
      [2019, ['duong-kinh-pc-2019-annual']],
      [2020, ['hp-mpc-2020-annual']],
      [2023, ['bac-giang-mpc-2024-resolution']],
      [2024, ['hp-mpc-2024-q1', 'thach-that-pc-2024-h1']],
    ]);
  });
});

describe('groupByYear on 2,000 synthetic conferences, many on the same day', () => {
  const synthetic = reportRows(indexDataset(generateSyntheticDataset({ reports: 2000, seed: 5 })));
  const byHand = (list: typeof synthetic) =>
    [...list]
      .sort((a, b) =>
        a.report.date === b.report.date
          ? a.report.id < b.report.id
            ? -1
            : 1
          : a.report.date < b.report.date
            ? -1
            : 1,
      )
      .map((r) => r.report.id);
  const flat = (list: typeof synthetic) =>
    groupByYear(list).flatMap((g) => g.rows.map((r) => r.report.id));

  it('puts rows handed newest first in date order, ties by id', () => {
    expect(new Set(synthetic.map((r) => r.report.date)).size).toBeLessThan(synthetic.length);
    expect(flat(synthetic)).toEqual(byHand(synthetic));
  });

  it('sorts rows handed in any other order the same way', () => {
    const shuffled = synthetic
      .filter((_, i) => i % 3 !== 0)
      .concat(synthetic.filter((_, i) => i % 3 === 0));
    expect(flat(shuffled)).toEqual(byHand(shuffled));
  });
});

describe('leadOf', () => {
  const report = (id: string) => index.reportsById.get(id)!;
  it('names the chair, or who directed or concluded', () => {
    expect(leadOf(report('bac-giang-mpc-2024-resolution'))).toMatchObject({
      person: { name: 'Dương Văn Thái' },
      chaired: true,
    });
    expect(leadOf(report('hp-mpc-2024-q1'))).toMatchObject({
      person: { name: 'Lê Tiến Châu' },
      chaired: false,
    });
    expect(leadOf(report('thach-that-pc-2024-h1'))).toMatchObject({
      person: { name: 'Cấn Đình Trung' },
      chaired: false,
    });
    expect(leadOf(report('hp-mpc-2020-annual'))).toBeUndefined();
  });
});
