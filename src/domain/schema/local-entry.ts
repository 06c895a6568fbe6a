import { z } from '@/lib/zod';
import { factSchema } from './fact';
import { sourceSchema, textSpanSchema } from './provenance';
import { reportSchema } from './report';

/**
 * A report an analyst added in this browser: the report, its facts and its source (with the
 * pasted text), kept in IndexedDB and shown beside the built-in data, marked as locally added.
 */
export const localEntrySchema = z.object({
  report: reportSchema,
  source: sourceSchema,
  facts: z.array(factSchema),
  /** Where each fact (by id) was read, so the review screen can highlight it again. */
  spans: z.record(z.string(), textSpanSchema).default({}),
  savedAt: z.iso.datetime(),
});
export type LocalEntry = z.infer<typeof localEntrySchema>;
