import { describe, expect, it } from 'vitest';
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
