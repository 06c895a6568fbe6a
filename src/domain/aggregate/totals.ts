import type { Fact } from '../schema/fact';
import { FactRows } from './fact-rows';
import { qualifiers, statedRows, type FactTable, perTable } from './fact-table';

/** A total and the facts behind it, so every card can show its sources. */
export interface Total {
  value: number;
  /** Set when reports disagree: the total taking the highest of each disputed figure. */
  upTo?: number;
  qualifier: Fact['qualifier'];
  facts: FactRows;
}

export interface Range {
  min: number;
  max: number;
  facts: FactRows;
}

/** The hedge of a total: none, the one its figures share, or "about" when they differ. */
function hedgeOf(mask: number): Fact['qualifier'] {
  const hedged = mask & ~1;
  if (hedged === 0) return 'exact';
  return (hedged & (hedged - 1)) === 0 ? qualifiers[Math.log2(hedged)]! : 'about';
}

/**
 * The total of one kind of figure (one category, measure and variant: a stretch of rows in a
 * selection) over its stated values, each figure once: a figure restated by a later report
 * is not counted twice, and one that reports disagree on makes the total a range. Hedged
 * figures ("gần 20 tỷ") keep their hedge in the total. Worked out when first read.
 *
 * It reads the stretch itself: a summary's pass need not hand it each row, and no list of
 * rows is kept but the few that several facts claim.
 */
export class StretchTotal {
  /** The rows whose figure other facts claim too, and [start, end) in them of each disputed one. */
  private shared: Uint32Array = noRows;
  private disputed: Uint32Array = noRows;
  private result: Total | undefined | null = null;

  /**
   * `rows`: of one measure (and, within it, of any variants), ascending, so that the claims
   * of a figure stand together; those without a number are left out.
   */
  constructor(
    private readonly table: FactTable,
    private readonly rows: Uint32Array,
  ) {}

  total(): Total | undefined {
    if (this.result === null) this.result = this.settle();
    return this.result;
  }

  private settle(): Total | undefined {
    const { rows, table } = this;
    const { sum, hedges, shared, stated } = sumSoleClaims(table, rows);
    if (stated === 0) return undefined;
    this.shared = shared;
    const { low, high, disputed } = settleSharedClaims(table, shared);
    this.disputed = disputed;
    return {
      value: sum + low,
      ...(high !== low && { upTo: sum + high }),
      qualifier: hedgeOf(hedges),
      facts: new FactRows(
        table,
        stated === rows.length ? rows : () => statedRows(table, rows),
        stated,
      ),
    };
  }

  /** The figures reports state differently: their claims, as [start, end) in the rows given. */
  disputedRuns(): { rows: Uint32Array; runs: Uint32Array } {
    this.total();
    return { rows: this.shared, runs: this.disputed };
  }
}

const noRows = new Uint32Array(0);

/**
 * Per table, what a total reads of each row, worked out once: its claim in one byte (its
 * qualifier as one of the low four bits, 0x40 when it states a number, 0x80 when it does and
 * other facts claim the same figure; 0 when it states none) and the value it adds when no
 * other fact claims its figure (else 0). The sum over a stretch then needs no test per row.
 */
interface ClaimColumns {
  claims: Uint8Array;
  soleValues: Float64Array;
}
const STATED = 0x40;
const SHARED = 0x80;
const claimColumns = perTable((table): ClaimColumns => {
  const { qualifier, figureShared, value } = table;
  const claims = new Uint8Array(value.length);
  const soleValues = new Float64Array(value.length);
  for (let i = 0; i < value.length; i++) {
    if (Number.isNaN(value[i]!)) continue;
    claims[i] = (1 << qualifier[i]!) | STATED | (figureShared[i] ? SHARED : 0);
    if (!figureShared[i]) soleValues[i] = value[i]!;
  }
  return { claims, soleValues };
});

// Where shared rows and disputed runs are gathered before they are copied out: one list
// each, reused (as lists of numbers, the runs alone allocated ~2 MB per national selection).
let gathered = new Uint32Array(1024);
let runs = new Uint32Array(1024);

/**
 * Sums the rows whose figure no other fact claims (most of them) and gathers the others, in
 * table order, with no branch per row: every row is written to the gathered list, which only
 * moves on past a shared one. Two rows a turn, each into its own sum, so that one addition
 * need not wait for the last (a third faster on this machine's 2.5 GHz Xeon).
 */
function sumSoleClaims(table: FactTable, rows: Uint32Array) {
  if (gathered.length < rows.length + 2) gathered = new Uint32Array(rows.length * 2 + 2);
  const { claims, soleValues } = claimColumns(table);
  const list = gathered;
  let count = 0;
  let stated = 0;
  let hedges = 0;
  let even = 0;
  let odd = 0;
  const pairs = rows.length & ~1;
  for (let k = 0; k < pairs; k += 2) {
    const a = rows[k]!;
    const b = rows[k + 1]!;
    const claimA = claims[a]!;
    const claimB = claims[b]!;
    list[count] = a;
    count += claimA >>> 7;
    list[count] = b;
    count += claimB >>> 7;
    stated += ((claimA >>> 6) & 1) + ((claimB >>> 6) & 1);
    hedges |= claimA | claimB;
    even += soleValues[a]!;
    odd += soleValues[b]!;
  }
  if (pairs < rows.length) {
    const last = rows[pairs]!;
    list[count] = last;
    count += claims[last]! >>> 7;
    stated += (claims[last]! >>> 6) & 1;
    hedges |= claims[last]!;
    even += soleValues[last]!;
  }
  return { sum: even + odd, hedges: hedges & 0x0f, shared: list.slice(0, count), stated };
}

/**
 * The lowest and highest sums of figures several facts claim, each figure once: its claims
 * stand together, and it is settled when the next begins. A figure whose claims come from
 * more than one report with more than one value is disputed: its claims are [start, end) in
 * `shared`.
 */
function settleSharedClaims(table: FactTable, shared: Uint32Array) {
  const { value: values, figure: figures, report: reports } = table;
  // Each disputed figure has two claims or more: at most one run per two shared rows.
  if (runs.length < shared.length + 2) runs = new Uint32Array(shared.length * 2 + 2);
  const found = runs;
  let runCount = 0;
  let low = 0;
  let high = 0;
  // The figure being added: its claims arrive one after another.
  let figure = -1;
  let figureLow = 0;
  let figureHigh = 0;
  let figureStart = 0;
  let figureEnd = 0;
  let figureReport = -1;
  let otherReport = false;
  for (let k = 0; k < shared.length; k++) {
    const row = shared[k]!;
    const value = values[row]!;
    const claimed = figures[row]!;
    if (claimed === figure) {
      if (value < figureLow) figureLow = value;
      if (value > figureHigh) figureHigh = value;
      if (reports[row] !== figureReport) otherReport = true;
      figureEnd = k + 1;
      continue;
    }
    if (otherReport && figureLow !== figureHigh) {
      found[runCount++] = figureStart;
      found[runCount++] = figureEnd;
    }
    low += figureLow;
    high += figureHigh;
    figure = claimed;
    figureLow = figureHigh = value;
    figureStart = k;
    figureEnd = k + 1;
    figureReport = reports[row]!;
    otherReport = false;
  }
  low += figureLow;
  high += figureHigh;
  if (otherReport && figureLow !== figureHigh) {
    found[runCount++] = figureStart;
    found[runCount++] = figureEnd;
  }
  return { low, high, disputed: found.slice(0, runCount) };
}

/**
 * The figures several totals found disputed, as one list in table order: what a panel's
 * conflict notes show. Their lists are merged only as far as someone reads: the
 * notes spell out the first few of what may be tens of thousands.
 */
export function disputesOf(table: FactTable, totals: readonly StretchTotal[]): RowGroupList {
  const parts = totals.map((total) => total.disputedRuns());
  let size = 0;
  let count = 0;
  for (const { runs } of parts) {
    count += runs.length / 2;
    for (let r = 0; r < runs.length; r += 2) size += runs[r + 1]! - runs[r]!;
  }
  const rows = new Uint32Array(size);
  const starts = new Uint32Array(count + 1);
  // Merged by each run's first row (the totals' runs are each in table order).
  const next = parts.map(() => 0);
  let merged = 0;
  const mergeUpTo = (groups: number) => {
    for (; merged < groups; merged++) {
      let pick = -1;
      for (let b = 0; b < parts.length; b++) {
        const { rows: added, runs } = parts[b]!;
        if (next[b]! >= runs.length) continue;
        const picked = parts[pick];
        if (pick === -1 || added[runs[next[b]!]!]! < picked!.rows[picked!.runs[next[pick]!]!]!)
          pick = b;
      }
      const { rows: added, runs } = parts[pick]!;
      const start = runs[next[pick]!]!;
      const end = runs[next[pick]! + 1]!;
      let to = starts[merged]!;
      for (let k = start; k < end; k++) rows[to++] = added[k]!;
      starts[merged + 1] = to;
      next[pick]! += 2;
    }
  };
  return {
    table,
    count,
    get rows() {
      mergeUpTo(count);
      return rows;
    },
    group: (g) => {
      mergeUpTo(g + 1);
      return Array.from(rows.subarray(starts[g], starts[g + 1]));
    },
  };
}

/** Groups of rows, flat: group g is rows[starts[g]..starts[g + 1]]. */
export interface RowGroupList {
  table: FactTable;
  count: number;
  /** Every group's rows, one group after another. */
  readonly rows: Uint32Array;
  group(g: number): number[];
}

export function groupList(table: FactTable, rows: Uint32Array, starts: Uint32Array): RowGroupList {
  return {
    table,
    count: starts.length - 1,
    rows,
    group: (g) => Array.from(rows.subarray(starts[g], starts[g + 1])),
  };
}
