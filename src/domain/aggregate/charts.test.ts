import { describe, expect, it } from 'vitest';
import { emptyFilter, filterReports } from '../report-filter';
import type { Fact } from '../schema/fact';
import { loadRealDataset } from '@/testing/real-dataset';
import { awardSummary } from './awards';
import { disputedGroups } from './conflicts';
import { coverageSummary } from './coverage';
import { educationSummary } from './education';
import { exercisesOverTime } from './exercises';
import { factRows } from './fact-rows';
import { selectFacts } from './fact-selection';
import { recruitmentSummary } from './recruitment';
import { topN } from './top-n';

// The whole lists the panels' tables show, from any list of facts.
const recruitmentByUnitAndPeriod = (list: readonly Fact[]) =>
  recruitmentSummary(factRows(list)).rows();
const educationByUnit = (list: readonly Fact[]) => educationSummary(factRows(list)).rows;
const awardsByIssuer = (list: readonly Fact[]) => awardSummary(factRows(list)).rows;
const conflictValues = (list: readonly Fact[]) => {
  const selection = factRows(list);
  const groups = disputedGroups(selection);
  return Array.from({ length: groups.count }, (_, g) =>
    groups.group(g).map((i) => selection.table.facts[i]!.value),
  );
};

const { index } = loadRealDataset();
const reports = filterReports(index, emptyFilter);
const facts = selectFacts(index, emptyFilter, reports).toArray();

describe('chart aggregations on the five reports (hand-computed)', () => {
  it('recruitment by unit and period', () => {
    const rows = recruitmentByUnitAndPeriod(facts).map((r) => ({
      unit: r.unitId,
      start: r.period.start,
      enlisted: r.enlisted.map((f) => f.value),
      pct: r.quotaCompletionPct.map((f) => f.value),
    }));
    expect(rows).toEqual([
      { unit: 'duong-kinh', start: '2019-01-01', enlisted: [], pct: [100] },
      { unit: 'hai-phong', start: '2024-01-01', enlisted: [2550], pct: [100] },
      { unit: 'thach-that', start: '2024-01-01', enlisted: [], pct: [100] },
    ]);
  });

  it('education by target group and unit, with training cadres', () => {
    const [duongKinh, ...rest] = educationByUnit(facts);
    expect(rest).toEqual([]);
    expect(duongKinh).toMatchObject({
      unitId: 'duong-kinh',
      byGroup: { 'group-2': 1, 'group-3': 21, 'group-4': 106, students: 1925 },
      cadresTrained: 64,
      total: 2053 + 64,
    });
    expect(duongKinh?.byGroup['group-1']).toBeUndefined();
  });

  it('exercises by type and status per year', () => {
    const years = exercisesOverTime(facts, 'year').map((b) => [b.bucket, b.counts]);
    expect(years).toEqual([
      [
        '2019',
        {
          'readiness-transition:done': 1,
          'command-staff-map:done': 1,
          'defence-combat:done': 1,
          'disaster-response:done': 1,
        },
      ],
      ['2021', { 'defence-zone:planned': 1 }],
      ['2023', { 'defence-zone:done': 2, 'rear-base:done': 1 }],
      [
        '2024',
        { 'disaster-response:planned': 1, 'defence-zone:planned': 5, 'defence-combat:planned': 5 },
      ],
    ]);
    expect(exercisesOverTime(facts, 'quarter').map((b) => b.bucket)).toEqual([
      '2019-Q1',
      '2021-Q1',
      '2023-Q1',
      '2024-Q1',
      '2024-Q2',
    ]);
  });

  it('awards by issuer and kind', () => {
    expect(awardsByIssuer(facts).map((r) => [r.issuer.vi, r.collective, r.individual])).toEqual([
      ['Ban CHQS quận Dương Kinh', 5, 11],
      ['UBND quận Dương Kinh', 4, 10],
      ['Bộ CHQS thành phố Hải Phòng', 0, 5],
    ]);
  });

  it('periods each unit reported on, and the gaps between them', () => {
    const coverage = coverageSummary(reports).rows();
    const hp = coverage.find((r) => r.unitId === 'hai-phong');
    expect(hp?.spans.map((s) => s.reportId)).toEqual(['hp-mpc-2020-annual', 'hp-mpc-2024-q1']);
    expect(hp?.gaps).toEqual([{ start: '2021-01-01', end: '2023-12-31' }]);
    expect(hp?.runs).toEqual([
      { start: '2020-01-01', end: '2020-12-31', count: 1 },
      { start: '2024-01-01', end: '2024-03-31', count: 1 },
    ]);
    expect(coverage.map((r) => r.unitId)).toEqual([
      'bac-giang',
      'duong-kinh',
      'hai-phong',
      'thach-that',
    ]);
  });
});

describe('conflicting figures', () => {
  it('flags two reports that give different values for the same figure, and only those', () => {
    expect(conflictValues(facts)).toEqual([]);
    const enlisted = facts.find(
      (f) => f.category === 'recruitment' && f.measure === 'enlisted',
    ) as Fact;
    const rival = { ...enlisted, id: 'rival', reportId: 'another-report', value: 2500 };
    expect(conflictValues([...facts, rival])).toEqual([[2550, 2500]]);
    const rows = recruitmentByUnitAndPeriod([...facts, rival]);
    expect(rows.find((r) => r.unitId === 'hai-phong')).toMatchObject({ conflicting: true });
    expect(rows.find((r) => r.unitId === 'hai-phong')?.enlisted.map((f) => f.value)).toEqual([
      2550, 2500,
    ]);
  });
});

describe('topN', () => {
  it('keeps the largest and folds the rest into one row', () => {
    const rows = Array.from({ length: 700 }, (_, i) => ({ name: `u${i}`, value: i }));
    const { rows: top, othersCount } = topN(
      rows,
      10,
      (r) => r.value,
      (rest) => ({
        name: 'others',
        value: rest.reduce((s, r) => s + r.value, 0),
      }),
    );
    expect(top).toHaveLength(10);
    expect(top[0]).toEqual({ name: 'u699', value: 699 });
    expect(top[9]).toEqual({ name: 'others', value: (690 * 691) / 2 });
    expect(othersCount).toBe(691);
    expect(
      topN(
        [{ name: 'a', value: 1 }],
        10,
        (r) => r.value,
        () => ({ name: '', value: 0 }),
      ).rows,
    ).toHaveLength(1);
  });
});
