import type { Fact } from '../schema/fact';
import { FactRows } from './fact-rows';
import { qualifiers, type FactTable } from './fact-table';

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
 * Adds stated values row by row, each figure once: a figure restated by a later report is
 * not counted twice, and one that reports disagree on makes the total a range. Hedged
 * figures ("gần 20 tỷ") keep their hedge in the total. Rows come in table order, where the
 * facts claiming one figure stand together: each figure is settled when the next begins.
 */
export class TotalBuilder {
  private readonly rows: Uint32Array;
  /** Rows added so far. */
  size = 0;
  private low = 0;
  private high = 0;
  private mask = 0;
  private readonly qualifiers: Uint8Array;
  private readonly figures: Uint32Array;
  private readonly figureShared: Uint8Array;
  private readonly reports: Uint32Array;
  // The figure being added: its claims arrive one after another.
  private figure = -1;
  private figureLow = 0;
  private figureHigh = 0;
  private figureStart = 0;
  private figureEnd = 0;
  private figureReport = -1;
  private otherReport = false;
  /** [start, end) in `rows` of each figure that reports state differently. */
  private readonly disputed: number[] = [];
  private result: Total | undefined | null = null;

  /** `capacity`: the most rows that can be added. */
  constructor(
    private readonly table: FactTable,
    capacity: number,
  ) {
    this.rows = new Uint32Array(capacity);
    this.qualifiers = table.qualifier;
    this.figures = table.figure;
    this.figureShared = table.figureShared;
    this.reports = table.report;
  }

  add(row: number, value: number): void {
    // Most figures have one claim in the whole table: they are simply summed, and the
    // bookkeeping below is kept for those that several reports state.
    if (this.figureShared[row] === 0) {
      this.low += value;
      this.high += value;
    } else this.addClaim(row, value);
    this.rows[this.size++] = row;
    this.mask |= 1 << this.qualifiers[row]!;
  }

  private addClaim(row: number, value: number): void {
    const figure = this.figures[row]!;
    if (figure === this.figure) {
      this.figureLow = Math.min(this.figureLow, value);
      this.figureHigh = Math.max(this.figureHigh, value);
      if (this.reports[row] !== this.figureReport) this.otherReport = true;
    } else {
      this.settleFigure();
      this.figure = figure;
      this.figureLow = this.figureHigh = value;
      this.figureStart = this.size;
      this.figureReport = this.reports[row]!;
      this.otherReport = false;
    }
    this.figureEnd = this.size + 1;
  }

  private settleFigure(): void {
    this.low += this.figureLow;
    this.high += this.figureHigh;
    if (this.otherReport && this.figureLow !== this.figureHigh)
      this.disputed.push(this.figureStart, this.figureEnd);
  }

  /** Counts a record instead (an exercise is one whether or not the report gave a number). */
  addRecord(row: number): void {
    this.rows[this.size++] = row;
    this.low += 1;
    this.high += 1;
  }

  total(): Total | undefined {
    if (this.result !== null) return this.result;
    this.settleFigure();
    this.result =
      this.size === 0
        ? undefined
        : {
            value: this.low,
            ...(this.high !== this.low && { upTo: this.high }),
            qualifier: hedgeOf(this.mask),
            facts: new FactRows(this.table, this.rows.subarray(0, this.size)),
          };
    return this.result;
  }

  /** The figures reports state differently: their claims, as [start, end) in the added rows. */
  disputedRuns(): { rows: Uint32Array; runs: readonly number[] } {
    this.total();
    return { rows: this.rows, runs: this.disputed };
  }
}

/**
 * The figures several builders found disputed, as one list in table order: what a panel's
 * conflict notes show. The builders' lists are merged only as far as someone reads: the
 * notes spell out the first few of what may be tens of thousands.
 */
export function disputesOf(table: FactTable, builders: readonly TotalBuilder[]): RowGroupList {
  const parts = builders.map((builder) => builder.disputedRuns());
  let size = 0;
  let count = 0;
  for (const { runs } of parts) {
    count += runs.length / 2;
    for (let r = 0; r < runs.length; r += 2) size += runs[r + 1]! - runs[r]!;
  }
  const rows = new Uint32Array(size);
  const starts = new Uint32Array(count + 1);
  // Merged by each run's first row (the builders' runs are each in table order).
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
