import type { ExerciseType, Fact, FactOf } from '../schema/fact';
import type { Report } from '../schema/report';
import { compareCodes } from '../text';
import { FactRows, factRows, once } from './fact-rows';
import { categoryCode, categoryStretch, type FactTable, perTable } from './fact-table';
import { reportRows } from './report-table';
import type { Total } from './totals';

export type ExerciseStatus = FactOf<'exercises'>['status'];

export interface ExerciseBucket {
  /** A year ("2024") or a quarter ("2024-Q2"), from the start of the fact's period. */
  bucket: string;
  counts: Partial<Record<`${ExerciseType}:${'done' | 'planned'}`, number>>;
  total: number;
  facts: FactRows;
}

export function bucketOf(isoDate: string, granularity: 'year' | 'quarter'): string {
  const year = isoDate.slice(0, 4);
  if (granularity === 'year') return year;
  return `${year}-Q${Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The conferences of each period (a year or a quarter), in the order given. Read from the
 * report table's day numbers: a national list holds a hundred thousand dates, which come
 * in long runs of one period, so each period's name is written once per run.
 */
export function conferencesByBucket(
  reports: readonly Report[],
  granularity: 'year' | 'quarter',
): Map<string, Report[]> {
  const { table, rows } = reportRows(reports);
  const groups = new Map<string, Report[]>();
  let runKey = -1;
  let group: Report[] = [];
  for (let k = 0; k < rows.length; k++) {
    const day = table.date[rows[k]!]!;
    const year = Math.floor(day / 10_000);
    const key =
      granularity === 'year'
        ? year
        : year * 10 + Math.floor(((Math.floor(day / 100) % 100) - 1) / 3);
    if (key !== runKey) {
      const bucket = bucketOf(reports[k]!.date, granularity);
      const known = groups.get(bucket);
      if (known) group = known;
      else groups.set(bucket, (group = []));
      runKey = key;
    }
    group.push(reports[k]!);
  }
  return groups;
}

/** Exercises held and not yet held, and how many of each type each period holds. */
interface ExerciseSummary {
  facts: FactRows;
  done: Total | undefined;
  planned: Total | undefined;
  /** Records per period code, exercise type (variant code) and done (1) or not (0). */
  counts: Uint32Array;
  variantCount: number;
}

/**
 * Where each exercise row of a table counts: its slot (period, type, done or not) in the
 * summary's counts, worked out once per table for its one stretch of exercise rows.
 */
const exerciseSlots = perTable((table) => {
  const [from, to] = categoryStretch(table, categoryCode('exercises'));
  const doneCode = table.statuses.find('done');
  const variantCount = table.variants.values.length;
  const slots = new Uint32Array(to - from);
  for (let i = from; i < to; i++)
    slots[i - from] =
      (table.period[i]! * variantCount + table.variant[i]!) * 2 +
      (table.status[i] === doneCode ? 1 : 0);
  return { from, slots };
});

/**
 * Records per period, type and status. A function of its own, reading only its arguments:
 * inside the summary's closure, whose variables the source lists capture, every read went
 * through the closure's context, twice as slow.
 */
function countExercises(
  rows: Uint32Array,
  { from, slots }: { from: number; slots: Uint32Array },
  counts: Uint32Array,
): void {
  for (let k = 0; k < rows.length; k++) counts[slots[rows[k]! - from]!]!++;
}

/** Each record is one exercise; which ones, is listed when someone opens them. */
function recordCount(facts: FactRows, doneCode: number, done: boolean, count: number) {
  if (count === 0) return undefined;
  const { table, rows } = facts;
  const total: Total = {
    value: count,
    qualifier: 'exact',
    facts: new FactRows(
      table,
      () => rows.filter((i) => (table.status[i] === doneCode) === done),
      count,
    ),
  };
  return total;
}

/** One pass over the selected exercises, shared by the headline and the chart. */
export function exerciseSummary(selection: FactRows): ExerciseSummary {
  return once(selection, 'exercises', () => {
    const facts = selection.ofCategory('exercises');
    const { table } = facts;
    const doneCode = table.statuses.find('done');
    const variantCount = table.variants.values.length;
    const counts = new Uint32Array(table.periods.length * variantCount * 2);
    countExercises(facts.rows, exerciseSlots(table), counts);
    let doneCount = 0;
    for (let slot = 1; slot < counts.length; slot += 2) doneCount += counts[slot]!;
    return {
      facts,
      done: recordCount(facts, doneCode, true, doneCount),
      planned: recordCount(facts, doneCode, false, facts.length - doneCount),
      counts,
      variantCount,
    };
  });
}

/** The rows of some periods among a table's rows. */
function rowsInPeriods(table: FactTable, rows: Uint32Array, periods: Set<number>) {
  return () => rows.filter((i) => periods.has(table.period[i]!));
}

/**
 * Exercises counted by type and status over time. In preparation counts as planned:
 * both are not yet held. Each record is one exercise (or one group the report did not count).
 */
export function exercisesOverTime(
  selection: FactRows | readonly Fact[],
  granularity: 'year' | 'quarter',
): ExerciseBucket[] {
  const { facts, counts, variantCount } = exerciseSummary(factRows(selection));
  const { table } = facts;
  // Each bucket's facts are listed when first read, from the periods it gathers.
  const buckets = new Map<string, Omit<ExerciseBucket, 'facts'> & { periods: Set<number> }>();
  table.periods.forEach((period, code) => {
    for (let variant = 0; variant < variantCount; variant++)
      for (const isDone of [0, 1]) {
        const count = counts[(code * variantCount + variant) * 2 + isDone]!;
        if (count === 0) continue;
        const name = bucketOf(period.start, granularity);
        let bucket = buckets.get(name);
        if (!bucket) {
          bucket = { bucket: name, counts: {}, total: 0, periods: new Set() };
          buckets.set(name, bucket);
        }
        bucket.periods.add(code);
        const type = table.variants.values[variant] as ExerciseType;
        const key = `${type}:${isDone ? 'done' : 'planned'}` as const;
        bucket.counts[key] = (bucket.counts[key] ?? 0) + count;
        bucket.total += count;
      }
  });
  return [...buckets.values()]
    .sort((a, b) => compareCodes(a.bucket, b.bucket))
    .map(({ periods, ...bucket }) => ({
      ...bucket,
      facts: new FactRows(table, rowsInPeriods(table, facts.rows, periods), bucket.total),
    }));
}
