import { z } from '@/lib/zod';
import { isoDate } from './common';

export const periodKinds = [
  'year',
  'quarter',
  'half-year',
  'nine-months',
  'months',
  'term',
  'range',
] as const;

/** A span of time reviewed or planned by a report: any length, from a few weeks to a five-year term. */
export const periodSchema = z
  .object({
    kind: z.enum(periodKinds),
    start: isoDate,
    end: isoDate,
  })
  .refine((p) => p.start <= p.end, {
    message: 'a period must not end before it starts',
    path: ['end'],
  });
export type Period = z.infer<typeof periodSchema>;
export type PeriodKind = Period['kind'];
