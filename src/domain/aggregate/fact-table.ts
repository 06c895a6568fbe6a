/**
 * The facts again, as columns: what the filters and aggregations read, one typed array per
 * field, strings replaced by small codes. A million facts as objects cost ~90 ns each to walk
 * (ten categories, ten shapes); as columns a few ns. Built once per dataset; any other list
 * of facts (a test's) gets its own table on first use.
 *
 * Rows are sorted by kind (category, then measure, then variant) and within one by figure,
 * keeping the list's order otherwise: any selection taken in row order then holds each
 * category as one stretch, which a chart reads alone, each kind of figure as a stretch
 * within it, which a total reads alone, and the facts claiming one figure (restated, or
 * disputed) next to each other.
 */
import { factCategories, type Fact } from '../schema/fact';
import type { Period } from '../schema/period';

/** Codes for the values of one column, in order of first appearance. */
export class Codes {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  // Neighbouring facts mostly repeat a value (one report, one unit): the last one is kept.
  private last: string | undefined;
  private lastCode = -1;
  code(value: string): number {
    if (value === this.last) return this.lastCode;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    this.last = value;
    this.lastCode = code;
    return code;
  }
  /** -1 for a value the table never saw. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

export const qualifiers = ['exact', 'nearly', 'over', 'about'] as const;

export interface FactTable {
  /** The facts in row order: by kind, then by figure, then as in the list given. */
  readonly facts: readonly Fact[];
  /** Each row's position in that list. */
  readonly origin: Uint32Array;
  /**
   * A row whose fact shares every field of this row's but id, value, report, unit and
   * period (itself, or the first of its template in a column file): such a field is read
   * from there without building the fact of every row.
   */
  readonly sharedWith: Uint32Array;
  /** Index in `factCategories`. */
  readonly category: Uint8Array;
  readonly measure: Uint8Array;
  readonly measures: Codes;
  /** NaN when the report states the fact without a number. */
  readonly value: Float64Array;
  /** Index in `qualifiers`. */
  readonly qualifier: Uint8Array;
  readonly unit: Uint32Array;
  readonly units: Codes;
  readonly report: Uint32Array;
  readonly reports: Codes;
  readonly period: Uint32Array;
  /** One period object per distinct span (start and end), by code. */
  readonly periods: readonly Period[];
  /** Index in `topics`. */
  readonly topic: Uint8Array;
  /** The exercise type, education group or award recipient kind: what a chart splits by. */
  readonly variant: Uint8Array;
  readonly variants: Codes;
  /** Exercise status (done, planned, preparing); empty for other categories. */
  readonly status: Uint8Array;
  readonly statuses: Codes;
  /** The award's issuer (Vietnamese name); empty for other categories. */
  readonly issuer: Uint32Array;
  readonly issuers: Codes;
  /** Facts that claim the same figure (restated or disputed) share a number; ascending. */
  readonly figure: Uint32Array;
  /** 1 when more than one fact claims this fact's figure. */
  readonly figureShared: Uint8Array;
}

const categoryCodes = new Map(factCategories.map((c, i) => [c, i]));
export const categoryCode = (category: Fact['category']) => categoryCodes.get(category)!;

/** The first place in [low, high) whose key is at least `wanted`, keys ascending: by halving. */
export function firstAtLeast(
  keyAt: (k: number) => number,
  wanted: number,
  low: number,
  high: number,
): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keyAt(mid) < wanted) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * [from, to): where one category's rows run in a list of rows ascending (by default all the
 * table's rows), found by halving.
 */
export function categoryStretch(
  table: FactTable,
  code: number,
  rows?: Uint32Array,
): [number, number] {
  const categoryAt = rows
    ? (k: number) => table.category[rows[k]!]!
    : (k: number) => table.category[k]!;
  const end = rows ? rows.length : table.category.length;
  return [firstAtLeast(categoryAt, code, 0, end), firstAtLeast(categoryAt, code + 1, 0, end)];
}

/**
 * [from, to): where the rows of one code of a column run within [start, end) of a list of
 * rows ascending, the column's codes ascending there too: a measure within a category's
 * stretch, a variant within a measure's.
 */
export function codeStretch(
  column: Uint8Array,
  rows: Uint32Array,
  [start, end]: [number, number],
  code: number,
): [number, number] {
  const codeAt = (k: number) => column[rows[k]!]!;
  return [firstAtLeast(codeAt, code, start, end), firstAtLeast(codeAt, code + 1, start, end)];
}

/** A column or index derived from a table, worked out on first use and kept per table. */
export function perTable<T>(derive: (table: FactTable) => T): (table: FactTable) => T {
  const known = new WeakMap<FactTable, T>();
  return (table) => {
    if (!known.has(table)) known.set(table, derive(table));
    return known.get(table)!;
  };
}

/** Where each row of one category's stretch (from `from` on) adds: a slot, or -1 for none. */
export interface RowSlots {
  from: number;
  slots: Int32Array;
}

/**
 * A summary's slot for each row of one category, worked out once per table so that its pass
 * over a selection reads one column where it read three or four: `slotOf` for a row with a
 * number, -1 for a row without.
 */
export function categorySlots(
  table: FactTable,
  category: Fact['category'],
  slotOf: (row: number) => number,
): RowSlots {
  const [from, to] = categoryStretch(table, categoryCode(category));
  const slots = new Int32Array(to - from);
  for (let i = from; i < to; i++) slots[i - from] = Number.isNaN(table.value[i]!) ? -1 : slotOf(i);
  return { from, slots };
}

/** The rows among `rows` that state a number. */
export function statedRows(table: FactTable, rows: Uint32Array): Uint32Array {
  const stated = new Uint32Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++)
    if (!Number.isNaN(table.value[rows[k]!]!)) stated[n++] = rows[k]!;
  return stated.subarray(0, n);
}

/** Rows grouped by a code column (stable): the rows of code c are order[offsets[c]..offsets[c+1]]. */
export interface RowGroups {
  offsets: Uint32Array;
  order: Uint32Array;
}

export function groupRows(codes: Uint32Array | Uint8Array, codeCount: number): RowGroups {
  const offsets = new Uint32Array(codeCount + 1);
  for (let i = 0; i < codes.length; i++) offsets[codes[i]! + 1]!++;
  for (let c = 0; c < codeCount; c++) offsets[c + 1]! += offsets[c]!;
  const next = offsets.slice(0, codeCount);
  const order = new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) order[next[codes[i]!]!++] = i;
  return { offsets, order };
}

/**
 * Some rows grouped by a code of each (stable): the rows of code c are
 * order[offsets[c]..offsets[c+1]]. Plain loops: a typed array's `from` or `map` with a
 * callback costs several times as much on a million rows.
 */
export function groupRowsBy(
  rows: Uint32Array,
  codeCount: number,
  codeOf: (row: number) => number,
): RowGroups {
  const codes = new Uint32Array(rows.length);
  for (let k = 0; k < rows.length; k++) codes[k] = codeOf(rows[k]!);
  const { offsets, order } = groupRows(codes, codeCount);
  for (let k = 0; k < order.length; k++) order[k] = rows[order[k]!]!;
  return { offsets, order };
}

/** 0, 1, … n - 1. */
export function everyRowUpTo(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}
