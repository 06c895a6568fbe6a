import type { z } from '@/lib/zod';
import { TableShapeError, type ColumnTable, type DecodedTable } from './columnar';
import type { FactWire } from './aggregate/build-fact-table';
import { decodeFacts, decodeReports, issuePath } from './dataset-columns';
import { columnarEnvelopeSchema, datasetEnvelopeSchema, type Dataset } from './schema/dataset';
import type { DatasetMeta } from './schema/dataset';
import type { Fact } from './schema/fact';
import type { Source } from './schema/provenance';
import type { Report } from './schema/report';
import type { Unit } from './schema/unit';
import { factSchema } from './schema/fact';
import { sourceSchema } from './schema/provenance';
import { reportSchema } from './schema/report';
import { unitSchema } from './schema/unit';
import { quickFact } from './quick-fact';
import { lazyList } from '@/lib/lazy-list';
import {
  keepConsistent,
  listCandidates,
  tableCandidates,
  type Candidates,
  type Link,
  type Rejection,
} from './record-checks';

export type Collection = 'sources' | 'units' | 'reports' | 'facts';

/** One record that was left out, with enough detail for a person to find and mend it. */
export interface RejectedRecord {
  file: string;
  collection: Collection;
  index: number;
  recordId: string | undefined;
  field: string;
  message: string;
}

export interface ParsedDataset {
  dataset: Dataset;
  rejected: RejectedRecord[];
  /** For a file in the column layout: where each fact sits in it (see `FactWire`). */
  factWire?: FactWire;
}

/** The whole payload is unusable: not JSON, or not a dataset at all. */
export class DatasetFormatError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    message: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ''}${message}`);
    this.name = 'DatasetFormatError';
  }
}

function recordIdOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return undefined;
}

function validateEach<T extends { id: string }>(
  file: string,
  collection: Collection,
  records: unknown[],
  schema: z.ZodType<T>,
  rejected: RejectedRecord[],
  quick?: (raw: unknown) => T | undefined,
): Candidates<T> {
  const valid: { record: T; index: number }[] = [];
  records.forEach((raw, index) => {
    const passed = quick?.(raw);
    if (passed) {
      valid.push({ record: passed, index });
      return;
    }
    const result = schema.safeParse(raw);
    if (result.success) {
      valid.push({ record: result.data, index });
      return;
    }
    const issue = result.error.issues[0];
    rejected.push({
      file,
      collection,
      index,
      recordId: recordIdOf(raw),
      field: issue ? issuePath(issue.path) : '',
      message: issue?.message ?? 'invalid record',
    });
  });
  return listCandidates(valid);
}

const idsOf = (records: { id: string }[]) => new Set(records.map((r) => r.id));

function envelopeOf<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const envelope = schema.safeParse(raw);
  if (envelope.success) return envelope.data;
  const issue = envelope.error.issues[0];
  throw new DatasetFormatError(
    file,
    issue ? issuePath(issue.path) : '',
    issue?.message ?? 'not a dataset',
  );
}

/** A table as the file gives it, with the codes its decoding read. */
interface WireTable {
  table: ColumnTable;
  decoded: DecodedTable;
}

interface LocatedRecords {
  meta: DatasetMeta;
  /** The reports' and facts' column tables, for the column layout. */
  reportTable?: WireTable;
  factTable?: WireTable;
  sources: Candidates<Source>;
  units: Candidates<Unit>;
  reports: Candidates<Report>;
  facts: Candidates<Fact>;
}

/** One JSON object per record: the layout of the shipped data and of exports. */
function locateRecords(raw: unknown, file: string, rejected: RejectedRecord[]): LocatedRecords {
  const envelope = envelopeOf(datasetEnvelopeSchema, raw, file);
  return {
    meta: envelope.meta,
    sources: validateEach(file, 'sources', envelope.sources, sourceSchema, rejected),
    units: validateEach(file, 'units', envelope.units, unitSchema, rejected),
    reports: validateEach(file, 'reports', envelope.reports, reportSchema, rejected),
    facts: validateEach(file, 'facts', envelope.facts, factSchema, rejected, quickFact),
  };
}

/** Reports and facts as column tables (see columnar.ts): the layout for national scale. */
function locateColumns(raw: unknown, file: string, rejected: RejectedRecord[]): LocatedRecords {
  const envelope = envelopeOf(columnarEnvelopeSchema, raw, file);
  const decode = (collection: 'reports' | 'facts', table: ColumnTable): WireTable => {
    let decoded: DecodedTable;
    try {
      decoded = collection === 'reports' ? decodeReports(table) : decodeFacts(table);
    } catch (error) {
      if (error instanceof TableShapeError)
        throw new DatasetFormatError(file, `${collection}.${error.field}`, error.message);
      throw error;
    }
    for (const problem of decoded.problems) rejected.push({ file, collection, ...problem });
    return { table, decoded };
  };
  const reportTable = decode('reports', envelope.reports);
  const factTable = decode('facts', envelope.facts);
  return {
    meta: envelope.meta,
    reportTable,
    factTable,
    sources: validateEach(file, 'sources', envelope.sources, sourceSchema, rejected),
    units: validateEach(file, 'units', envelope.units, unitSchema, rejected),
    reports: tableCandidates<Report>(reportTable.decoded),
    facts: tableCandidates<Fact>(factTable.decoded),
  };
}

/** A link read from a dictionary column: its entries are the ids. */
function dictionaryLink({ table, decoded }: WireTable, name: string) {
  const column = table.columns[name];
  const codes = decoded.codes[name];
  if (!column || !('dictionary' in column) || !codes) return undefined;
  return {
    codes,
    entries: column.dictionary.map((entry) => (typeof entry === 'string' ? entry : undefined)),
  };
}

/** A link held in the templates (a fact's source): one entry per template. */
function templateLink(
  { table, decoded }: WireTable,
  holder: (template: Record<string, unknown>) => unknown,
) {
  return {
    codes: decoded.template,
    entries: table.templates.map((template) => {
      const value = holder(template);
      const id = value && typeof value === 'object' && 'sourceId' in value ? value.sourceId : null;
      return typeof id === 'string' ? id : null;
    }),
  };
}

function fileRowsOf(candidates: Candidates<unknown>, kept: Uint32Array): Uint32Array {
  const rows = new Uint32Array(kept.length);
  for (let j = 0; j < kept.length; j++) rows[j] = candidates.index(kept[j]!);
  return rows;
}

const isColumnar = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && 'encoding' in raw && raw.encoding === 'columns';

/**
 * Validates a raw payload against the schemas, in either layout. Bad records are reported
 * and left out; everything else loads. Throws `DatasetFormatError` only when nothing can be used.
 */
export function parseDataset(raw: unknown, file: string): ParsedDataset {
  const rejected: RejectedRecord[] = [];
  const located = (isColumnar(raw) ? locateColumns : locateRecords)(raw, file, rejected);

  const rejectFrom = (collection: Collection) => (rejection: Rejection) =>
    rejected.push({ file, collection, ...rejection });
  const records = <T>(candidates: Candidates<T>, kept: Uint32Array) => {
    const list = new Array<T>(kept.length);
    for (let j = 0; j < kept.length; j++) list[j] = candidates.record(kept[j]!);
    return list;
  };
  const keep = <T extends { id: string }>(
    collection: Collection,
    candidates: Candidates<T>,
    links: Link<T>[],
  ) => records(candidates, keepConsistent(candidates, links, rejectFrom(collection)));
  const sources = keep('sources', located.sources, []);
  const sourceIds = idsOf(sources);
  // Parents may come later in the file, so unit links are checked against every valid unit id.
  const allUnitIds = new Set(
    Array.from({ length: located.units.count }, (_, k) => located.units.id(k)),
  );
  const units = keep('units', located.units, [
    { field: 'parentId', target: (u) => u.parentId, known: allUnitIds },
    { field: 'militaryRegionId', target: (u) => u.militaryRegionId, known: allUnitIds },
  ]);
  const unitIds = idsOf(units);
  const reportWire = located.reportTable;
  const reports = keep('reports', located.reports, [
    {
      field: 'sourceId',
      target: (r) => r.sourceId,
      known: sourceIds,
      column: reportWire && dictionaryLink(reportWire, 'sourceId'),
    },
    {
      field: 'unitId',
      target: (r) => r.unitId,
      known: unitIds,
      column: reportWire && dictionaryLink(reportWire, 'unitId'),
    },
  ]);
  const reportIds = idsOf(reports);
  const wire = located.factTable;
  const byDictionary = (field: 'reportId' | 'unitId', known: Set<string>): Link<Fact> => ({
    field,
    target: (f) => f[field],
    known,
    column: wire && dictionaryLink(wire, field),
  });
  const keptFacts = keepConsistent(
    located.facts,
    [
      byDictionary('reportId', reportIds),
      byDictionary('unitId', unitIds),
      {
        field: 'provenance.sourceId',
        target: (f) => f.provenance.sourceId,
        known: sourceIds,
        column: wire && templateLink(wire, (t) => t.provenance),
      },
    ],
    rejectFrom('facts'),
  );

  const factCandidates = located.facts;
  const facts = wire
    ? lazyList(
        keptFacts.length,
        (j) => factCandidates.record(keptFacts[j]!),
        (j) => factCandidates.id(keptFacts[j]!),
      )
    : records(factCandidates, keptFacts);
  return {
    dataset: { schemaVersion: 1, meta: located.meta, sources, units, reports, facts },
    rejected,
    ...(wire && {
      factWire: {
        table: wire.table,
        template: wire.decoded.template,
        codes: wire.decoded.codes,
        rows: fileRowsOf(factCandidates, keptFacts),
      },
    }),
  };
}
