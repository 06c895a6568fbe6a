/**
 * A compact layout for national-scale datasets. Each large collection is a table: the fields
 * that repeat from record to record form a few templates, and each row keeps only its own
 * fields, in columns, some of them dictionary-encoded. A million facts take ~40 MB instead of
 * ~400 MB of one-object-per-record JSON, parse in a fraction of the time, and decode into
 * records that share their repeated parts (one period object for every fact of a quarter).
 */
import { z } from '@/lib/zod';

// Codes and values are checked row by row while decoding, so that one bad row is named and
// left out instead of failing the whole table.
const plainColumn = z.object({ values: z.array(z.unknown()) });
const dictionaryColumn = z.object({
  dictionary: z.array(z.unknown()),
  codes: z.array(z.unknown()),
});
export const columnTableSchema = z.object({
  count: z.number().int().nonnegative(),
  templates: z.array(z.record(z.string(), z.unknown())),
  template: z.array(z.unknown()),
  columns: z.record(z.string(), z.union([dictionaryColumn, plainColumn])),
});
export type ColumnTable = z.infer<typeof columnTableSchema>;

export interface TableLayout {
  /** Fields kept row by row as they are: ids and numbers. */
  plain: readonly string[];
  /** Fields that take a few distinct values: kept once in a dictionary, rows hold its index. */
  dictionary: readonly string[];
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
      ...[...plain].map(([field, values]) => [field, { values }]),
      ...[...dictionaries].map(([field, { dictionary, codes }]) => [field, { dictionary, codes }]),
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
}

export interface RowProblem {
  index: number;
  recordId: string | undefined;
  field: string;
  message: string;
}

export interface DecodedTable {
  rows: { record: Row; index: number }[];
  problems: RowProblem[];
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

/**
 * One column's values for every row, checked: a dictionary's entries once each, plain
 * values one by one. The first problem of each row goes into `problems`.
 */
function decodeColumn(
  name: string,
  column: ColumnTable['columns'][string],
  count: number,
  checks: TableChecks,
  problems: (Checked | undefined)[],
): unknown[] {
  const values = new Array<unknown>(count);
  if ('dictionary' in column) {
    const entries = column.dictionary.map((value) => checks.field(name, value));
    for (let i = 0; i < count; i++) {
      const code = inDictionary(column.codes, entries.length, i);
      const entry = code === undefined ? dictionaryMiss(name, column.codes[i]) : entries[code]!;
      if (entry.ok) values[i] = entry.value;
      else problems[i] ??= entry;
    }
  } else {
    for (let i = 0; i < count; i++) {
      const checked =
        i < column.values.length ? checks.field(name, column.values[i]) : shortColumn(name);
      if (checked.ok) values[i] = checked.value;
      else problems[i] ??= checked;
    }
  }
  return values;
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
  const rowTemplates = new Array<Row>(count);
  for (let i = 0; i < count; i++) {
    const code = inDictionary(table.template, templates.length, i);
    const template: Checked =
      code === undefined
        ? {
            ok: false,
            field: 'template',
            message: `template ${String(table.template[i])} does not exist`,
          }
        : templates[code]!;
    if (template.ok) rowTemplates[i] = template.value as Row;
    else rowProblems[i] = template;
  }
  const names = Object.keys(table.columns);
  const columns = names.map((name) =>
    decodeColumn(name, table.columns[name]!, count, checks, rowProblems),
  );
  const idColumn = table.columns.id;
  const idAt = (i: number) => {
    const id = idColumn && 'values' in idColumn ? idColumn.values[i] : undefined;
    return typeof id === 'string' ? id : undefined;
  };

  const rows: DecodedTable['rows'] = [];
  const problems: RowProblem[] = [];
  for (let index = 0; index < count; index++) {
    const problem = rowProblems[index];
    if (problem && !problem.ok) {
      problems.push({
        index,
        recordId: idAt(index),
        field: problem.field,
        message: problem.message,
      });
      continue;
    }
    // The row's own fields first, always in the same order, then the template's: the
    // records share a few shapes, which keeps a million of them quick to build.
    const record: Row = {};
    for (let c = 0; c < names.length; c++) record[names[c]!] = columns[c]![index];
    rows.push({ record: Object.assign(record, rowTemplates[index]), index });
  }
  return { rows, problems };
}
