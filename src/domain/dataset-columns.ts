import type { z } from '@/lib/zod';
import {
  decodeTable,
  encodeTable,
  type Checked,
  type ColumnTable,
  type TableChecks,
  type TableLayout,
} from './columnar';
import { factBase, factSchema } from './schema/fact';
import { reportSchema } from './schema/report';
import { idPattern, isRealIsoDate } from './schema/common';
import type { Dataset } from './schema/dataset';

/** Which fields of facts and reports are kept row by row in the column layout. */
export const factLayout: TableLayout = {
  plain: ['id', 'value'],
  dictionary: ['reportId', 'unitId', 'period'],
  numbered: ['id'],
};
export const reportLayout: TableLayout = {
  plain: ['id', 'date'],
  dictionary: ['sourceId', 'unitId', 'title', 'periodReviewed', 'periodPlanned'],
  numbered: ['id'],
};

/** Valid values for the row fields, so that a template can be checked as a whole record. */
const standIns: Record<string, unknown> = {
  id: 'stand-in',
  reportId: 'stand-in',
  unitId: 'stand-in',
  sourceId: 'stand-in',
  value: null,
  period: { kind: 'year', start: '2000-01-01', end: '2000-12-31' },
  date: '2000-01-01',
  title: { vi: '-', en: '-' },
  periodReviewed: null,
  periodPlanned: null,
};

const isId = (v: unknown) => typeof v === 'string' && idPattern.test(v);

/**
 * Checks that pass the common case of a row field without zod (a million ids and values);
 * anything they do not pass goes through zod, which names the problem.
 */
const quickChecks: Record<string, (value: unknown) => boolean> = {
  id: isId,
  reportId: isId,
  unitId: isId,
  sourceId: isId,
  value: (v) => v === null || (typeof v === 'number' && v >= 0 && v < Infinity),
  date: (v) => typeof v === 'string' && isRealIsoDate(v),
};

export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function failure(error: z.ZodError, prefix = ''): Checked {
  const issue = error.issues[0];
  const path = issue ? issuePath(issue.path) : '';
  return {
    ok: false,
    field: [prefix, path].filter(Boolean).join(path.startsWith('[') ? '' : '.'),
    message: issue?.message ?? 'invalid value',
  };
}

function zodChecks(
  recordSchema: z.ZodType,
  layout: TableLayout,
  fieldSchemas: Record<string, z.ZodType>,
): TableChecks {
  const rowFields = [...layout.plain, ...layout.dictionary];
  const rowStandIns = Object.fromEntries(rowFields.map((f) => [f, standIns[f]]));
  return {
    rowFields,
    template: (template) => {
      const result = recordSchema.safeParse({ ...template, ...rowStandIns });
      if (!result.success) return failure(result.error);
      // Copied rather than deleted from: `delete` would slow every record built from it.
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(result.data as Record<string, unknown>))
        if (!rowFields.includes(key)) value[key] = field;
      return { ok: true, value };
    },
    field: (name, value) => {
      const schema = rowFields.includes(name) ? fieldSchemas[name] : undefined;
      if (!schema) return { ok: false, field: name, message: 'not a column of this table' };
      const result = schema.safeParse(value);
      return result.success ? { ok: true, value: result.data } : failure(result.error, name);
    },
    quick: (name) => (rowFields.includes(name) ? quickChecks[name] : undefined),
  };
}

export const factChecks = zodChecks(factSchema, factLayout, factBase);
export const reportChecks = zodChecks(reportSchema, reportLayout, reportSchema.shape);

export const decodeFacts = (table: ColumnTable) => decodeTable(table, factChecks);
export const decodeReports = (table: ColumnTable) => decodeTable(table, reportChecks);

/** The dataset in the column layout, for files too large for one object per record. */
export function encodeColumnarDataset(dataset: Dataset) {
  return {
    schemaVersion: 1,
    encoding: 'columns',
    meta: dataset.meta,
    sources: dataset.sources,
    units: dataset.units,
    reports: encodeTable(dataset.reports, reportLayout),
    facts: encodeTable(dataset.facts, factLayout),
  } as const;
}
