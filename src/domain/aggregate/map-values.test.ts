import { describe, expect, it } from 'vitest';
import { emptyFilter, filterReports } from '../report-filter';
import { loadRealDataset } from '@/testing/real-dataset';
import { selectFacts } from './fact-selection';
import { classBreaks, classOf, classRanges, exerciseStatusCounts, unitValues } from './map-values';

const { index } = loadRealDataset();
const reports = filterReports(index, emptyFilter);
const facts = selectFacts(index, emptyFilter, reports);
const layer = (name: Parameters<typeof unitValues>[2]) =>
  Object.fromEntries([...unitValues(reports, facts, name)].map(([id, v]) => [id, v.value]));

describe('map layers from the five reports', () => {
  it('count reports by the unit that held them', () => {
    expect(layer('reports')).toEqual({
      'thach-that': 1,
      'hai-phong': 2,
      'bac-giang': 1,
      'duong-kinh': 1,
    });
  });

  it('put exercises where they happen', () => {
    expect(layer('exercises')).toEqual({
      'thach-that': 1,
      'cam-yen': 1,
      'canh-nau': 1,
      'phu-kim': 1,
      'binh-yen': 1,
      'chang-son': 1,
      'hai-phong': 2,
      'thuy-nguyen': 1,
      'cat-hai': 1,
      'an-lao': 1,
      'hai-an': 1,
      'bac-giang': 3,
      'duong-kinh': 3,
      'anh-dung': 1,
    });
  });

  it('give recruitment and education figures to their units, and nothing to units without them', () => {
    expect(layer('enlisted')).toEqual({ 'hai-phong': 2550 });
    expect(layer('quota')).toEqual({ 'hai-phong': 100, 'duong-kinh': 100, 'thach-that': 100 });
    expect(layer('education')).toEqual({ 'duong-kinh': 2053 });
  });
});

describe('classBreaks', () => {
  it('splits values into classes of about equal size, on the data’s own values', () => {
    expect(classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([2, 4, 6, 8, 10]);
    expect(classBreaks([3, 3, 3], 5)).toEqual([3]);
    expect(classOf(5, [2, 4, 6, 8, 10])).toBe(2);
    expect(classOf(11, [2, 4, 6, 8, 10])).toBe(4);
  });
});

describe('classRanges', () => {
  it('names each value when there are no more values than classes', () => {
    expect(classRanges([1, 2], [1, 2, 2])).toEqual([
      { lower: null, upper: 1, single: true },
      { lower: null, upper: 2, single: true },
    ]);
  });

  it('gives each class its range above the previous limit', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const ranges = classRanges(classBreaks(values, 5), values);
    expect(ranges[0]).toEqual({ lower: null, upper: 2, single: false });
    expect(ranges[4]).toEqual({ lower: 8, upper: 10, single: false });
  });
});

describe('exerciseStatusCounts', () => {
  it('splits the exercises held in Dương Kinh by status', () => {
    const duongKinh = unitValues(reports, facts, 'exercises').get('duong-kinh');
    const counts = exerciseStatusCounts(duongKinh?.facts ?? []);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(3);
    expect(counts.get('done')).toBeGreaterThan(0);
    const byStatus = new Map<string, number>();
    for (const fact of duongKinh!.facts.toArray())
      if (fact.category === 'exercises')
        byStatus.set(fact.status, (byStatus.get(fact.status) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(byStatus));
  });
});
