import { describe, expect, it } from 'vitest';
import { loadRealDataset } from '@/testing/real-dataset';
import { reportDetail, reportRows, rowsOfReports } from './selectors';
import { ancestorsOf, subtreeIds, unitValidOn } from './units';

const { index } = loadRealDataset();

describe('reportRows on the five seed reports', () => {
  const rows = reportRows(index);
  const byId = new Map(rows.map((r) => [r.report.id, r]));

  it('orders conferences newest first', () => {
    expect(rows.map((r) => r.report.date)).toEqual([
      '2024-06-28',
      '2024-04-03',
      '2023-12-06',
      '2020-12-10',
      '2019-11-21',
    ]);
  });

  it('computes the headline figures by hand-checked expectations', () => {
    const hp = byId.get('hp-mpc-2024-q1')?.headline;
    expect(hp?.enlisted?.value).toBe(2550);
    expect(hp?.quotaCompletionPct?.value).toBe(100);
    expect(hp?.exercisesPlanned).toBe(5); // PCTT-TKCN preparation + KVPT in 4 districts

    const dk = byId.get('duong-kinh-pc-2019-annual')?.headline;
    expect(dk?.educated).toBe(1 + 21 + 106 + 1925);
    expect(dk?.exercisesDone).toBe(4);
    expect(dk?.awardRecipients).toBe(5 + 4 + 10 + 5 + 11);
    expect(dk?.enlisted).toBeUndefined(); // the article states a percentage only

    const hp2020 = byId.get('hp-mpc-2020-annual')?.headline;
    expect(hp2020?.moneyVnd).toEqual({ value: 21_000_000_000, qualifier: 'nearly' });

    expect(byId.get('thach-that-pc-2024-h1')?.headline.quotaCompletionPct?.value).toBe(100);
    expect(byId.get('bac-giang-mpc-2024-resolution')?.headline.exercisesDone).toBe(3);
  });
});

describe('reportDetail', () => {
  it('links a report to its unit path, source, facts and the unit’s other reports', () => {
    const detail = reportDetail(index, 'hp-mpc-2024-q1');
    expect(detail?.unitPath.map((u) => u.id)).toEqual(['qk3', 'vn']);
    expect(detail?.source?.file).toBe('000_582da1277da1f62a.txt');
    expect(detail?.otherReports.map((r) => r.id)).toEqual(['hp-mpc-2020-annual']);
    expect(detail?.facts.every((f) => f.reportId === 'hp-mpc-2024-q1')).toBe(true);
    expect(reportDetail(index, 'nope')).toBeUndefined();
  });
});

describe('unit tree', () => {
  it('places communes under districts, provinces and regions', () => {
    expect(ancestorsOf(index.units, 'cam-yen').map((u) => u.id)).toEqual([
      'thach-that',
      'ha-noi',
      'btl-thu-do',
      'vn',
    ]);
    const hp = subtreeIds(index.units, 'hai-phong');
    expect(hp.has('anh-dung')).toBe(true);
    expect(hp.has('thach-that')).toBe(false);
  });

  it('reads each report against the units as they were on its date', () => {
    for (const report of index.dataset.reports) {
      const unit = index.units.byId.get(report.unitId);
      expect(unit && unitValidOn(unit, report.date), report.id).toBe(true);
    }
    const thuyNguyen = index.units.byId.get('thuy-nguyen');
    expect(thuyNguyen && unitValidOn(thuyNguyen, '2025-03-01')).toBe(false);
  });
});

describe('rowsOfReports', () => {
  const rows = reportRows(index);

  it('takes the rows of a filtered list of reports in order', () => {
    const picked = [index.reportsByDate[1]!, index.reportsByDate[3]!];
    expect(rowsOfReports(rows, picked).map((r) => r.report.id)).toEqual(picked.map((r) => r.id));
  });

  it('finds the rows of reports listed in another order, and skips reports it has no row for', () => {
    const reversed = [...index.reportsByDate].reverse();
    const unknown = { ...index.reportsByDate[0]!, id: 'elsewhere' };
    expect(rowsOfReports(rows, [...reversed, unknown]).map((r) => r.report.id)).toEqual(
      reversed.map((r) => r.id),
    );
  });
});
