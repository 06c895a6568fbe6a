/**
 * A compact layout for national-scale datasets. Each large collection is a table: the fields
 * that repeat from record to record form a few templates, and each row keeps only its own
 * fields, in columns, some of them dictionary-encoded. A million facts take ~40 MB instead of
 * ~400 MB of one-object-per-record JSON, parse in a fraction of the time, and decode into
 * records that share their repeated parts (one period object for every fact of a quarter).
 */
import { uncheckedArray, z } from '@/lib/zod';
import { encodeRuns, expandRuns, RunsShapeError } from './column-runs';
import { decodeNumberedIds, encodeNumberedIds } from './numbered-ids';

// Codes and values are checked row by row while decoding, so that one bad row is named and
// left out instead of failing the whole table.
const plainColumn = z.object({ values: uncheckedArray() });
const dictionaryColumn = z.object({
  dictionary: uncheckedArray(),
  codes: uncheckedArray(),
});
/** A dictionary column whose codes are run-length coded (see column-runs.ts). */
const runsColumn = z.object({
  dictionary: uncheckedArray(),
  runs: uncheckedArray(),
});
/** Ids as prefixes and running numbers (see numbered-ids.ts). */
const numberedColumn = z.object({
  prefixes: uncheckedArray(),
  prefixRuns: uncheckedArray(),
  numbers: uncheckedArray(),
});
export const columnTableSchema = z.object({
  count: z.number().int().nonnegative(),
  templates: z.array(z.record(z.string(), z.unknown())),
  template: uncheckedArray(),
  columns: z.record(
    z.string(),
    z.union([dictionaryColumn, runsColumn, numberedColumn, plainColumn]),
  ),
});
export type ColumnTable = z.infer<typeof columnTableSchema>;

export interface TableLayout {
  /** Fields kept row by row as they are: ids and numbers. */
  plain: readonly string[];
  /** Fields that take a few distinct values: kept once in a dictionary, rows hold its index. */
  dictionary: readonly string[];
  /** Plain fields of ids, coded as prefixes and numbers when every id is one. */
  numbered?: readonly string[];
}

type Row = Record<string, unknown>;

export function encodeTable(records: readonly object[], layout: TableLayout): ColumnTable {
  const rowFields = [...layout.plain, ...layout.dictionary];
  const templates: Row[] = [];
  const templateCodes = new Map<string, number>();
  const template: number[] = [];
  const plain = new Map(layout.plain.map((f) => [f, [] as unknown[]]));
  const dictionaries = new Map(
    layout.dictionary.map((f) => [
      f,
      { dictionary: [] as unknown[], codes: [] as number[], known: new Map<string, number>() },
    ]),
  );
  const codeOf = (known: Map<string, number>, list: unknown[], key: string, value: unknown) => {
    let code = known.get(key);
    if (code === undefined) {
      code = list.length;
      list.push(value);
      known.set(key, code);
    }
    return code;
  };
  for (const record of records as Row[]) {
    const rest: Row = { ...record };
    for (const field of rowFields) {
      if (!(field in record)) throw new Error(`a record has no "${field}": it cannot be a column`);
      delete rest[field];
    }
    template.push(codeOf(templateCodes, templates, JSON.stringify(rest), rest));
    for (const [field, values] of plain) values.push(record[field]);
    for (const [field, column] of dictionaries) {
      const value = record[field];
      column.codes.push(codeOf(column.known, column.dictionary, JSON.stringify(value), value));
    }
  }
  return {
    count: records.length,
    templates,
    template,
    columns: Object.fromEntries([
      ...[...plain].map(([field, values]) => [
        field,
        (layout.numbered?.includes(field) && encodeNumberedIds(values)) || { values },
      ]),
      ...[...dictionaries].map(([field, { dictionary, codes }]) => {
        const runs = encodeRuns(codes);
        // Runs pay when rows repeat their neighbour's code often enough.
        return [
          field,
          runs.length < codes.length * 0.6 ? { dictionary, runs } : { dictionary, codes },
        ];
      }),
    ]),
  };
}

export type Checked = { ok: true; value: unknown } | { ok: false; field: string; message: string };

export interface TableChecks {
  /** The fields every row must carry in a column. */
  rowFields: readonly string[];
  /** Checks a template as a whole record (its row fields given valid stand-ins); returns it normalised. */
  template: (template: Row) => Checked;
  /** Checks one value of a row field. */
  field: (name: string, value: unknown) => Checked;
  /**
   * A test that passes the common values of a column as they are, without building a result
   * (a million ids); what it does not pass goes through `field`.
   */
  quick?: (name: string) => ((value: unknown) => boolean) | undefined;
}

export interface RowProblem {
  index: number;
  recordId: string | undefined;
  field: string;
  message: string;
}

export interface DecodedTable {
  /** The rows that passed every check, ascending. */
  rows: Uint32Array;
  problems: RowProblem[];
  /** The record of a row, built on each call (a table of a million rows is read lazily). */
  record: (row: number) => Row;
  /** A row's id as checked: read without building the record. */
  id: (row: number) => string | undefined;
  /** For numbered ids: a number per row, equal exactly when the ids are. */
  idKey?: (row: number) => number;
  /** Each row's template, and each dictionary column's codes, by row (valid for rows passed). */
  template: Uint32Array;
  codes: Readonly<Record<string, Uint32Array>>;
}

/** A table that cannot be decoded at all (a row field without a column). */
export class TableShapeError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'TableShapeError';
  }
}

const inDictionary = (codes: readonly unknown[], size: number, i: number) => {
  const code = codes[i];
  return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code < size
    ? code
    : undefined;
};

const dictionaryMiss = (name: string, code: unknown): Checked => ({
  ok: false,
  field: name,
  message: `code ${String(code)} is not in the dictionary`,
});
const shortColumn = (name: string): Checked => ({
  ok: false,
  field: name,
  message: 'the column has fewer values than the table has rows',
});

/** The code of each row of a dictionary column, and the rows whose code is not a number. */
function dictionaryCodes(
  name: string,
  column: { codes: unknown[] } | { runs: unknown[] },
  count: number,
): { codes: Uint32Array; invalid: Map<number, unknown> } {
  if ('runs' in column) {
    try {
      return expandRuns(column.runs, count);
    } catch (error) {
      if (error instanceof RunsShapeError)
        throw new TableShapeError(`columns.${name}.runs`, error.message);
      throw error;
    }
  }
  const codes = new Uint32Array(count);
  const invalid = new Map<number, unknown>();
  const raw = column.codes;
  for (let i = 0; i < count; i++) {
    const code = raw[i];
    if (typeof code === 'number' && Number.isInteger(code) && code >= 0 && code < 2 ** 32)
      codes[i] = code;
    else invalid.set(i, code);
  }
  return { codes, invalid };
}

interface DecodedColumn {
  /** The checked value of a row (one without a problem). */
  value: (row: number) => unknown;
  /** For a dictionary column: each row's code. */
  codes?: Uint32Array;
  /** For numbered ids: a number per row, equal exactly when the ids are (see numbered-ids.ts). */
  key?: (row: number) => number;
  /** For numbered ids: the id of a row, if its own parts are valid (to name a rejected row). */
  recordId?: (row: number) => string | undefined;
}

function decodeNumbered(
  name: string,
  column: { prefixes: unknown[]; prefixRuns: unknown[]; numbers: unknown[] },
  count: number,
  checks: TableChecks,
  problems: (Checked | undefined)[],
): DecodedColumn {
  if (!checks.field(name, 'a0').ok)
    throw new TableShapeError(`columns.${name}`, 'only a column of ids can be numbered');
  let ids: ReturnType<typeof decodeNumberedIds>;
  try {
    ids = decodeNumberedIds(column, count);
  } catch (error) {
    if (error instanceof RunsShapeError)
      throw new TableShapeError(`columns.${name}.prefixRuns`, error.message);
    throw error;
  }
  for (const [row, message] of ids.problems) problems[row] ??= { ok: false, field: name, message };
  return {
    value: ids.id,
    ...(ids.key && { key: ids.key }),
    recordId: (row) => (ids.problems.has(row) ? undefined : ids.id(row)),
  };
}

/**
 * Checks one column for every row: a dictionary's entries once each, plain values one by
 * one. The first problem of each row goes into `problems`. Values are read from the file's
 * column when asked for.
 */
function decodeColumn(
  name: string,
  column: ColumnTable['columns'][string],
  count: number,
  checks: TableChecks,
  problems: (Checked | undefined)[],
): DecodedColumn {
  if ('prefixes' in column) return decodeNumbered(name, column, count, checks, problems);
  if ('dictionary' in column) {
    const entries = column.dictionary.map((value) => checks.field(name, value));
    const { codes, invalid } = dictionaryCodes(name, column, count);
    const entryOk = Uint8Array.from(entries, (entry) => (entry.ok ? 1 : 0));
    for (let i = 0; i < count; i++) {
      const code = codes[i]!;
      if (code < entryOk.length && entryOk[code] === 1) continue;
      problems[i] ??= code < entries.length ? entries[code]! : dictionaryMiss(name, code);
    }
    for (const [row, code] of invalid) problems[row] ??= dictionaryMiss(name, code);
    return { value: (row) => (entries[codes[row]!] as { value: unknown }).value, codes };
  }
  const raw = column.values;
  const quick = checks.quick?.(name);
  // The few values a check normalised (none, for ids and numbers).
  let normalised: Map<number, unknown> | undefined;
  for (let i = 0; i < count; i++) {
    if (i < raw.length && quick?.(raw[i])) continue;
    const checked = i < raw.length ? checks.field(name, raw[i]) : shortColumn(name);
    if (!checked.ok) problems[i] ??= checked;
    else if (checked.value !== raw[i]) (normalised ??= new Map()).set(i, checked.value);
  }
  const changed = normalised;
  return {
    value: changed ? (row) => (changed.has(row) ? changed.get(row) : raw[row]) : (row) => raw[row],
  };
}

/**
 * Rebuilds the records of a table, checking each template and each dictionary entry once and
 * each plain value per row. A row with any bad part is left out and named; the others load.
 */
export function decodeTable(table: ColumnTable, checks: TableChecks): DecodedTable {
  for (const field of checks.rowFields)
    if (!(field in table.columns)) throw new TableShapeError(`columns.${field}`, 'missing column');
  const { count } = table;
  const rowProblems = new Array<Checked | undefined>(count);
  const templates = table.templates.map((t) => checks.template(t));
  const templateCodes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const code = inDictionary(table.template, templates.length, i);
    if (code !== undefined) templateCodes[i] = code;
    const template: Checked =
      code === undefined
        ? {
            ok: false,
            field: 'template',
            message: `template ${String(table.template[i])} does not exist`,
          }
        : templates[code]!;
    if (!template.ok) rowProblems[i] = template;
  }
  const templateOf = (row: number) => (templates[templateCodes[row]!] as { value: Row }).value;
  const names = Object.keys(table.columns);
  const columns = names.map((name) =>
    decodeColumn(name, table.columns[name]!, count, checks, rowProblems),
  );
  const idColumn = columns[names.indexOf('id')];
  const idOf = idColumn?.value;
  const id = (row: number) => {
    const value = idOf?.(row);
    return typeof value === 'string' ? value : undefined;
  };
  const rawIdColumn = table.columns.id;
  const rawIdAt = (i: number) => {
    if (idColumn?.recordId) return idColumn.recordId(i);
    const value = rawIdColumn && 'values' in rawIdColumn ? rawIdColumn.values[i] : undefined;
    return typeof value === 'string' ? value : undefined;
  };

  const passed = new Uint32Array(count);
  let kept = 0;
  const problems: RowProblem[] = [];
  for (let index = 0; index < count; index++) {
    const problem = rowProblems[index];
    if (!problem || problem.ok) passed[kept++] = index;
    else
      problems.push({
        index,
        recordId: rawIdAt(index),
        field: problem.field,
        message: problem.message,
      });
  }
  const record = (row: number) => {
    // The row's own fields first, always in the same order, then the template's: the
    // records share a few shapes, which keeps a million of them quick to build.
    const built: Row = {};
    for (let c = 0; c < names.length; c++) built[names[c]!] = values[c]!(row);
    return Object.assign(built, templateOf(row));
  };
  const values = columns.map((column) => column.value);
  const codes: Record<string, Uint32Array> = {};
  names.forEach((name, c) => {
    const columnCodes = columns[c]!.codes;
    if (columnCodes) codes[name] = columnCodes;
  });
  return {
    rows: passed.subarray(0, kept),
    problems,
    record,
    id,
    ...(idColumn?.key && { idKey: idColumn.key }),
    template: templateCodes,
    codes,
  };
}
