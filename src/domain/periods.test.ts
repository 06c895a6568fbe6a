import { describe, expect, it } from 'vitest';
import { comparePeriods, periodLabel, periodsOverlap } from './periods';

const q1 = { kind: 'quarter' as const, start: '2024-01-01', end: '2024-03-31' };
const h2 = { kind: 'half-year' as const, start: '2024-07-01', end: '2024-12-31' };
const y2024 = { kind: 'year' as const, start: '2024-01-01', end: '2024-12-31' };

describe('periodLabel', () => {
  it('writes periods the way the reports do', () => {
    expect(periodLabel(q1, 'vi')).toBe('Quý 1/2024');
    expect(periodLabel(q1, 'en')).toBe('Q1 2024');
    expect(periodLabel(h2, 'vi')).toBe('6 tháng cuối năm 2024');
    expect(periodLabel(y2024, 'vi')).toBe('Năm 2024');
    expect(periodLabel({ kind: 'months', start: '2024-07-01', end: '2024-09-30' }, 'vi')).toBe(
      '01/07/2024 – 30/09/2024',
    );
    expect(periodLabel({ kind: 'term', start: '2019-01-01', end: '2024-12-31' }, 'en')).toBe(
      '2019–2024 term',
    );
  });
});

describe('periodsOverlap and comparePeriods', () => {
  it('relates quarters, halves and years', () => {
    expect(periodsOverlap(q1, y2024)).toBe(true);
    expect(periodsOverlap(q1, h2)).toBe(false);
    expect([h2, y2024, q1].sort(comparePeriods)).toEqual([q1, y2024, h2]);
  });
});
