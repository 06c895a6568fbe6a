import { z } from 'zod';

/** ISO calendar date, e.g. 2024-04-03. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real calendar date');

export const localizedText = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedText>;

export const idString = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case ASCII words joined by hyphens');
