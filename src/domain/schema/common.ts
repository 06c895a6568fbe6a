import { z } from '@/lib/zod';

// A national dataset repeats a few thousand dates a million times: each is checked once.
const checkedDates = new Map<string, boolean>();

/** True for a real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
export function isRealIsoDate(value: string): boolean {
  const known = checkedDates.get(value);
  if (known !== undefined) return known;
  let real = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (real) {
    const date = new Date(`${value}T00:00:00Z`);
    real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }
  if (checkedDates.size < 100_000) checkedDates.set(value, real);
  return real;
}

/** ISO calendar date, e.g. 2024-04-03. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealIsoDate, 'not a real calendar date');

export const localizedText = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedText>;

export const idPattern = /^[a-z0-9][a-z0-9-]*$/;

export const idString = z
  .string()
  .regex(idPattern, 'ids are lower-case ASCII words joined by hyphens');
