import { describe, expect, it } from 'vitest';
import { emptyFilter, filterReports, type ReportFilter } from '../report-filter';
import { loadRealDataset } from '@/testing/real-dataset';
import type { Fact } from '../schema/fact';
import { factRows } from './fact-rows';
import { selectFacts } from './fact-selection';
import { headlineTotals } from './headline-totals';

const { index } = loadRealDataset();
const totals = (partial: Partial<ReportFilter> = {}) => {
  const filter = { ...emptyFilter, ...partial };
  return headlineTotals(selectFacts(index, filter, filterReports(index, filter)));
};

describe('headline totals from the five reports (hand-computed)', () => {
  it('adds up everything with no filter', () => {
    const all = totals();
    expect(all.enlisted?.value).toBe(2550);
    expect(all.quotaCompletionPct).toMatchObject({ min: 100, max: 100 });
    expect(all.quotaCompletionPct?.facts).toHaveLength(3); // Hải Phòng Q1 2024, Dương Kinh 2019, Thạch Thất 2024
    expect(all.educated?.value).toBe(1 + 21 + 106 + 1925);
    expect(all.cadresTrained?.value).toBe(64);
    // Done: Dương Kinh 4 (2019), Bắc Giang 3 (2023). Planned or in preparation: Hải Phòng 5 (Q2 2024),
    // Hải Phòng 1 (2021), Thạch Thất 6 (district + five communes).
    expect(all.exercisesDone?.value).toBe(7);
    expect(all.exercisesPlanned?.value).toBe(12);
    expect(all.awardCollectives?.value).toBe(4 + 5);
    expect(all.awardIndividuals?.value).toBe(5 + 10 + 11);
    expect(all.moneyVnd).toMatchObject({ value: 21_000_000_000, qualifier: 'nearly' });
  });

  it('says "not reported" rather than 0 for what the selection does not state', () => {
    const bacGiang = totals({ unitIds: ['bac-giang'] });
    expect(bacGiang.enlisted).toBeUndefined();
    expect(bacGiang.quotaCompletionPct).toBeUndefined();
    expect(bacGiang.awardIndividuals).toBeUndefined();
    expect(bacGiang.exercisesDone?.value).toBe(3);
  });

  it('counts only the facts about the selected units', () => {
    const thuyNguyen = totals({ unitIds: ['thuy-nguyen'] });
    expect(thuyNguyen.exercisesPlanned?.value).toBe(1);
    expect(thuyNguyen.enlisted).toBeUndefined(); // the 2,550 belong to the whole city
    const duongKinh = totals({ unitIds: ['duong-kinh'] });
    expect(duongKinh.exercisesDone?.value).toBe(4); // includes Anh Dũng ward's exercise
    expect(duongKinh.educated?.value).toBe(2053);
  });

  it('follows the period', () => {
    const y2024 = totals({ period: { kind: 'year', year: 2024 } });
    expect(y2024.enlisted?.value).toBe(2550);
    expect(y2024.educated).toBeUndefined();
    expect(y2024.quotaCompletionPct?.facts).toHaveLength(2);
  });
});

describe('a total', () => {
  it('counts a restated figure once and turns a disputed one into a range', () => {
    const sumOf = (list: Fact[]) => headlineTotals(factRows(list)).enlisted;
    const enlisted = index.dataset.facts.find((f) => f.id === 'hp-mpc-2024-q1-f02')!;
    expect(sumOf([enlisted, { ...enlisted, id: 'again', reportId: 'other' }])).toMatchObject({
      value: 2550,
    });
    expect(
      sumOf([enlisted, { ...enlisted, id: 'other', reportId: 'other', value: 2500 }]),
    ).toMatchObject({
      value: 2500,
      upTo: 2550,
    });
  });
});
