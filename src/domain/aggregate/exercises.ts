import type { ExerciseType, Fact, FactOf } from '../schema/fact';
import { compareCodes } from '../text';

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
  const buckets = new Map<string, ExerciseBucket>();
  for (const fact of facts) {
    if (fact.category !== 'exercises') continue;
    const bucket = bucketOf(fact.period.start, granularity);
    let row = buckets.get(bucket);
    if (!row) {
      row = { bucket, counts: {}, total: 0, facts: [] };
      buckets.set(bucket, row);
    }
    const key = `${fact.exerciseType}:${fact.status === 'done' ? 'done' : 'planned'}` as const;
    row.counts[key] = (row.counts[key] ?? 0) + 1;
    row.total += 1;
    row.facts.push(fact);
  }
  return [...buckets.values()].sort((a, b) => compareCodes(a.bucket, b.bucket));
}
