import type { Fact } from '../schema/fact';
import type { Period } from '../schema/period';
import {
  categoryCode,
  categoryStretch,
  everyRowUpTo,
  groupRowsBy,
  codeStretch,
  type FactTable,
} from './fact-table';
import { buildFactTable, currentDatasetTable } from './build-fact-table';

/**
 * Some facts of a table, by row and in row order (so one category after another): what a
 * filter selects, what a card or a bar rests on. The fact objects are gathered only when a
 * list is shown: a national total rests on a million facts, and nobody reads them all.
 */
export class FactRows {
  private list: Fact[] | undefined;
  private found: Uint32Array | (() => Uint32Array);
  readonly length: number;

  /** `rows` may be a function, for rows worked out only when someone reads them. */
  constructor(
    readonly table: FactTable,
    rows: Uint32Array | (() => Uint32Array),
    length = typeof rows === 'function' ? undefined : rows.length,
  ) {
    this.found = rows;
    this.length = length ?? this.rows.length;
  }

  get rows(): Uint32Array {
    if (typeof this.found === 'function') this.found = this.found();
    return this.found;
  }

  /** The facts, in row order. */
  toArray(): Fact[] {
    this.list ??= Array.from(this.rows, (row) => this.table.facts[row]!);
    return this.list;
  }

  slice(start: number, end: number): Fact[] {
    return Array.from(this.rows.subarray(start, end), (row) => this.table.facts[row]!);
  }

  /** The rows of one category: a single stretch, found by halving. */
  ofCategory(category: Fact['category']): FactRows {
    return this.stretch(categoryStretch(this.table, categoryCode(category), this.rows));
  }

  /**
   * The rows of one category that state one measure, and of one variant when given (a target
   * group, a kind of recipient): within a category, rows run by measure and then by variant.
   */
  ofMeasure(category: Fact['category'], measure: string, variant?: string): FactRows {
    const { table, rows } = this;
    const ofCategory = categoryStretch(table, categoryCode(category), rows);
    const ofMeasure = codeStretch(table.measure, rows, ofCategory, table.measures.find(measure));
    return this.stretch(
      variant === undefined
        ? ofMeasure
        : codeStretch(table.variant, rows, ofMeasure, table.variants.find(variant)),
    );
  }

  private stretch([from, to]: [number, number]): FactRows {
    return from === 0 && to === this.length
      ? this
      : new FactRows(this.table, this.rows.subarray(from, to));
  }

  /** The reports behind these facts, each once, in row order. */
  reportIds(): string[] {
    const { report, reports } = this.table;
    const { seen, stamp } = freshMarks(reports.values.length);
    const ids: string[] = [];
    const rows = this.rows;
    for (let k = 0; k < rows.length; k++) {
      const code = report[rows[k]!]!;
      if (seen[code] === stamp) continue;
      seen[code] = stamp;
      ids.push(reports.values[code]!);
    }
    return ids;
  }

  /** How many reports these facts come from. */
  reportCount(): number {
    const { report, reports } = this.table;
    const { seen, stamp } = freshMarks(reports.values.length);
    const rows = this.rows;
    let count = 0;
    for (let k = 0; k < rows.length; k++) {
      const code = report[rows[k]!]!;
      if (seen[code] !== stamp) {
        seen[code] = stamp;
        count++;
      }
    }
    return count;
  }

  /** The periods these facts are about, each once, in row order. */
  periods(): Period[] {
    const seen = new Uint8Array(this.table.periods.length);
    const found: Period[] = [];
    const { rows, table } = this;
    for (let k = 0; k < rows.length; k++) {
      const code = table.period[rows[k]!]!;
      if (seen[code]) continue;
      seen[code] = 1;
      found.push(table.periods[code]!);
    }
    return found;
  }

  /** The rows of several lists of one table, in row order. */
  static union(table: FactTable, parts: readonly FactRows[]): FactRows {
    return new FactRows(
      table,
      parts.reduce<Uint32Array>((rows, part) => merge(rows, part.rows), new Uint32Array(0)),
    );
  }
}

// Which reports a pass has met: one list of marks, reused, where a report is met when its
// mark holds the pass's stamp. Each headline card counts its reports on every filter change,
// and a fresh list per count was 100 kB at national scale.
let marks = new Uint32Array(0);
let lastStamp = 0;
function freshMarks(size: number): { seen: Uint32Array; stamp: number } {
  if (marks.length < size || lastStamp === 0xffffffff) {
    marks = new Uint32Array(Math.max(size, marks.length));
    lastStamp = 0;
  }
  return { seen: marks, stamp: ++lastStamp };
}

/** Two ascending lists of distinct rows as one. */
function merge(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const merged = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
  merged.set(a.subarray(i), k);
  merged.set(b.subarray(j), k + a.length - i);
  return merged;
}

/**
 * Some rows split by a code (a unit, an issuer), split once when the first list is read:
 * tooltips read one list, a table all of them.
 */
export function rowsByCode(
  rowsOf: () => Uint32Array,
  codeCount: number,
  codeOf: (row: number) => number,
): (code: number) => Uint32Array {
  let groups: { offsets: Uint32Array; order: Uint32Array } | undefined;
  return (code) => {
    if (!groups) {
      groups = groupRowsBy(rowsOf(), codeCount, codeOf);
    }
    return groups.order.subarray(groups.offsets[code], groups.offsets[code + 1]);
  };
}

const memos = new WeakMap<FactRows, Map<string, unknown>>();

/** A result worked out once per list of rows: the headline and a chart share their passes. */
export function once<T>(rows: FactRows, key: string, compute: () => T): T {
  let results = memos.get(rows);
  if (!results) memos.set(rows, (results = new Map()));
  if (!results.has(key)) results.set(key, compute());
  return results.get(key) as T;
}

// Below this, a list's own table costs less than finding its facts in the dataset's.
const OWN_TABLE_BELOW = 2_000;
const rowMaps = new WeakMap<FactTable, Map<Fact, number>>();
const known = new WeakMap<readonly Fact[], FactRows>();

function rowsIn(table: FactTable, facts: readonly Fact[]): Uint32Array | undefined {
  let rowOf = rowMaps.get(table);
  if (!rowOf) {
    rowOf = new Map();
    for (let i = 0; i < table.facts.length; i++) rowOf.set(table.facts[i]!, i);
    rowMaps.set(table, rowOf);
  }
  if (!rowOf.has(facts[0]!)) return undefined;
  const rows = new Uint32Array(facts.length);
  for (let k = 0; k < facts.length; k++) {
    const row = rowOf.get(facts[k]!);
    if (row === undefined) return undefined;
    rows[k] = row;
  }
  return rows.sort();
}

/**
 * A list of facts as rows: of the dataset's table when they all come from it, else of a
 * table of their own. Aggregations take either, so a test can hand them a plain list.
 */
export function factRows(facts: FactRows | readonly Fact[]): FactRows {
  if (facts instanceof FactRows) return facts;
  let found = known.get(facts);
  if (found) return found;
  const dataset = currentDatasetTable();
  const rows = dataset && facts.length >= OWN_TABLE_BELOW ? rowsIn(dataset, facts) : undefined;
  if (dataset && rows) found = new FactRows(dataset, rows);
  else {
    const table = buildFactTable(facts);
    found = new FactRows(table, everyRowUpTo(table.facts.length));
  }
  known.set(facts, found);
  return found;
}
