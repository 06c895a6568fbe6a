import { z } from '@/lib/zod';
import { idString, localizedText } from './common';

/**
 * Where a figure comes from. `paragraph` is the 1-based line number in the source text file
 * (every paragraph of a seed article is one line), so a reader can open the exact place.
 */
export const provenanceSchema = z
  .object({
    sourceId: idString,
    paragraph: z.number().int().positive(),
    status: z.enum(['stated', 'inferred']),
    reason: localizedText.optional(),
  })
  .refine((p) => p.status === 'stated' || p.reason !== undefined, {
    message: 'an inferred fact must say why it was inferred',
    path: ['reason'],
  });
export type Provenance = z.infer<typeof provenanceSchema>;

export const sourceSchema = z.object({
  id: idString,
  file: z.string().min(1),
  kind: z.enum(['news-article', 'official-report', 'local-entry']),
  publisher: z.string().optional(),
  authors: z.array(z.string()).default([]),
  publishedAt: z.string().optional(),
  headline: z.string().optional(),
  paragraphCount: z.number().int().positive(),
  /** The whole text of a report an analyst added in the browser, so it can be reviewed again. */
  text: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * Where in a source a value was read: offsets (UTF-16 code units, end exclusive) into line
 * `paragraph` of the text as pasted, markup included; `text` is that slice.
 */
export const textSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type TextSpan = z.infer<typeof textSpanSchema>;
