import type { ExerciseType, Fact, FactOf } from '../schema/fact';
import { compareCodes } from '../text';
import { categoryCode, viewOf } from './fact-table';

export type ExerciseStatus = FactOf<'exercises'>['status'];

export interface ExerciseBucket {
  /** A year ("2024") or a quarter ("2024-Q2"), from the start of the fact's period. */
  bucket: string;
  counts: Partial<Record<`${ExerciseType}:${'done' | 'planned'}`, number>>;
  total: number;
  facts: FactOf<'exercises'>[];
}

export function bucketOf(isoDate: string, granularity: 'year' | 'quarter'): string {
  const year = isoDate.slice(0, 4);
  if (granularity === 'year') return year;
  return `${year}-Q${Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * Exercises counted by type and status over time. In preparation counts as planned:
 * both are not yet held. Each record is one exercise (or one group the report did not count).
 */
export function exercisesOverTime(
  facts: readonly Fact[],
  granularity: 'year' | 'quarter',
): ExerciseBucket[] {
  const { table, rows } = viewOf(facts);
  const exercisesCode = categoryCode('exercises');
  const doneCode = table.statuses.find('done');
  const bucketOfPeriod = table.periods.map((p) => bucketOf(p.start, granularity));
  const buckets = new Map<string, ExerciseBucket>();
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (table.category[i] !== exercisesCode) continue;
    const bucket = bucketOfPeriod[table.period[i]!]!;
    let row = buckets.get(bucket);
    if (!row) {
      row = { bucket, counts: {}, total: 0, facts: [] };
      buckets.set(bucket, row);
    }
    const type = table.variants.values[table.variant[i]!] as ExerciseType;
    const key = `${type}:${table.status[i] === doneCode ? 'done' : 'planned'}` as const;
    row.counts[key] = (row.counts[key] ?? 0) + 1;
    row.total += 1;
    row.facts.push(table.facts[i] as FactOf<'exercises'>);
  }
  return [...buckets.values()].sort((a, b) => compareCodes(a.bucket, b.bucket));
}
