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
 * Per-figure lows and highs, one slot per figure of a table, kept for the table's life:
 * a national selection claims a hundred thousand restated figures, too many for a Map each
 * time. Builders sum disjoint figures (a figure has one measure), so they share the slots.
 */
interface FigureScratch {
  markOf: Uint32Array;
  low: Float64Array;
  high: Float64Array;
  lastMark: number;
}
const scratch = new WeakMap<FactTable, FigureScratch>();
function scratchFor(table: FactTable): FigureScratch {
  let found = scratch.get(table);
  if (!found) {
    const count = table.figure.reduce((most, figure) => Math.max(most, figure + 1), 0);
    found = {
      markOf: new Uint32Array(count),
      low: new Float64Array(count),
      high: new Float64Array(count),
      lastMark: 0,
    };
    scratch.set(table, found);
  }
  return found;
}

/**
 * Adds stated values row by row, each figure once: a figure restated by a later report is
 * not counted twice, and one that reports disagree on makes the total a range. Hedged
 * figures ("gần 20 tỷ") keep their hedge in the total.
 */
export class TotalBuilder {
  private readonly rows: Uint32Array;
  /** Rows added so far. */
  size = 0;
  private low = 0;
  private high = 0;
  private mask = 0;
  private readonly figures: FigureScratch;
  /** Marks this builder's figures in the scratch arrays. */
  private readonly mark: number;
  /** The shared figures added, `claimedCount` of them. */
  private readonly claimed: Uint32Array;
  private claimedCount = 0;

  /** `capacity`: the most rows that can be added. */
  constructor(
    private readonly table: FactTable,
    capacity: number,
  ) {
    this.rows = new Uint32Array(capacity);
    this.claimed = new Uint32Array(capacity);
    this.figures = scratchFor(table);
    this.mark = ++this.figures.lastMark;
  }

  add(row: number, value: number): void {
    this.rows[this.size++] = row;
    this.mask |= 1 << this.table.qualifier[row]!;
    if (!this.table.figureShared[row]) {
      this.low += value;
      this.high += value;
      return;
    }
    // A figure several facts claim counts once: the lowest and highest claims make the range.
    const { markOf, low, high } = this.figures;
    const figure = this.table.figure[row]!;
    if (markOf[figure] !== this.mark) {
      markOf[figure] = this.mark;
      low[figure] = high[figure] = value;
      this.claimed[this.claimedCount++] = figure;
    } else {
      low[figure] = Math.min(low[figure]!, value);
      high[figure] = Math.max(high[figure]!, value);
    }
  }

  /** Counts a record instead (an exercise is one whether or not the report gave a number). */
  addRecord(row: number): void {
    this.rows[this.size++] = row;
    this.low += 1;
    this.high += 1;
  }

  total(): Total | undefined {
    if (this.size === 0) return undefined;
    let low = this.low;
    let high = this.high;
    for (let k = 0; k < this.claimedCount; k++) {
      low += this.figures.low[this.claimed[k]!]!;
      high += this.figures.high[this.claimed[k]!]!;
    }
    return {
      value: low,
      ...(high !== low && { upTo: high }),
      qualifier: hedgeOf(this.mask),
      facts: new FactRows(this.table, this.rows.subarray(0, this.size)),
    };
  }
}

/** Sums the stated values of some facts, each figure once (see `TotalBuilder`). */
export function sumOf(facts: FactRows): Total | undefined {
  const { table, rows } = facts;
  const builder = new TotalBuilder(table, rows.length);
  for (const row of rows) {
    const value = table.value[row]!;
    if (!Number.isNaN(value)) builder.add(row, value);
  }
  return builder.total();
}
