import { uncheckedArray, z } from '@/lib/zod';
import { factSchema } from './fact';
import { sourceSchema } from './provenance';
import { reportSchema } from './report';
import { unitSchema } from './unit';
import { columnTableSchema } from '../columnar';

export const datasetMetaSchema = z.object({
  title: z.string().min(1),
  synthetic: z.boolean(),
  /** The date the data was last compiled: shown as the "data date". */
  compiledOn: z.string().min(1),
  notes: z.string().optional(),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

export const datasetSchema = z.object({
  schemaVersion: z.literal(1),
  meta: datasetMetaSchema,
  sources: z.array(sourceSchema),
  units: z.array(unitSchema),
  reports: z.array(reportSchema),
  /** Read-only: a national file's facts are built when first read (see `lazyList`). */
  facts: z.array(factSchema).readonly(),
});
export type Dataset = z.infer<typeof datasetSchema>;

/**
 * The envelope is checked strictly; the records inside are checked one by one
 * (see `parseDataset`) so that one bad record never hides the good ones.
 */
export const datasetEnvelopeSchema = datasetSchema.extend({
  sources: uncheckedArray(),
  units: uncheckedArray(),
  reports: uncheckedArray(),
  facts: uncheckedArray(),
});

/** The same dataset with reports and facts as column tables: the layout for national scale. */
export const columnarEnvelopeSchema = z.object({
  schemaVersion: z.literal(1),
  encoding: z.literal('columns'),
  meta: datasetMetaSchema,
  sources: uncheckedArray(),
  units: uncheckedArray(),
  reports: columnTableSchema,
  facts: columnTableSchema,
});
