import { describe, expect, it } from 'vitest';
import { lastTwelveMonths, samePeriod, sliderSteps, thisYear } from './period-presets';

describe('period presets', () => {
  const today = new Date(Date.UTC(2026, 10, 22));

  it('knows this year and the last twelve months', () => {
    expect(thisYear(today)).toEqual({ kind: 'year', year: 2026 });
    expect(lastTwelveMonths(today)).toEqual({
      kind: 'range',
      start: '2025-11-23',
      end: '2026-11-22',
    });
  });

  it('steps through the years of the data, gaps included, or through their quarters', () => {
    expect(
      sliderSteps([2019, 2020, 2023, 2024], 'year').map((s) => (s.kind === 'year' ? s.year : 0)),
    ).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    const quarters = sliderSteps([2023, 2024], 'quarter');
    expect(quarters).toHaveLength(8);
    expect(quarters[4]).toEqual({ kind: 'quarter', year: 2024, quarter: 1 });
    expect(sliderSteps([], 'year')).toEqual([]);
    expect(samePeriod(quarters[4] ?? null, { kind: 'quarter', year: 2024, quarter: 1 })).toBe(true);
  });
});
