import type { PeriodSelection } from '@/domain/report-filter';

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function thisYear(today: Date): PeriodSelection {
  return { kind: 'year', year: today.getUTCFullYear() };
}

/** The twelve months up to and including today. */
export function lastTwelveMonths(today: Date): PeriodSelection {
  const start = new Date(
    Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1),
  );
  return { kind: 'range', start: iso(start), end: iso(today) };
}

export type SliderStep = 'year' | 'quarter';

/** Every year (or quarter) from the first to the last year in the data, gaps included. */
export function sliderSteps(years: readonly number[], step: SliderStep): PeriodSelection[] {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return [];
  const steps: PeriodSelection[] = [];
  for (let year = first; year <= last; year++) {
    if (step === 'year') steps.push({ kind: 'year', year });
    else
      for (const quarter of [1, 2, 3, 4] as const) steps.push({ kind: 'quarter', year, quarter });
  }
  return steps;
}

export function samePeriod(a: PeriodSelection | null, b: PeriodSelection | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
