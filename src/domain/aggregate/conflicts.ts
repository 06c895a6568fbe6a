import { factCategories, type Fact } from '../schema/fact';
import { FactRows, factRows, once } from './fact-rows';
import { categoryCode, type FactTable } from './fact-table';
import { figureKey } from './figure-key';

export { figureKey } from './figure-key';

const task = categoryCode('task');

/**
 * The rows of every figure that some selection could find disputed (claimed by several
 * reports with several values), one figure after another, in row order and so by category.
 * Worked out once per table; a selection then checks only these, not the hundred thousand
 * figures restated with the same value.
 */
interface Disputable {
  rows: Uint32Array;
  /** Figure g's rows are rows[starts[g]..starts[g + 1]]. */
  starts: Uint32Array;
  /** The figures of category c are firstFigure[c]..firstFigure[c + 1]. */
  firstFigure: Uint32Array;
}

/** Whether rows[from..to] of a list hold more than one report and more than one value. */
function disputes(table: FactTable, rows: ArrayLike<number>, from: number, to: number): boolean {
  let otherReport = false;
  let otherValue = false;
  const first = rows[from]!;
  for (let k = from + 1; k < to && !(otherReport && otherValue); k++) {
    otherReport ||= table.report[rows[k]!] !== table.report[first];
    otherValue ||= table.value[rows[k]!] !== table.value[first];
  }
  return otherReport && otherValue;
}

const disputableOf = new WeakMap<FactTable, Disputable>();
function disputable(table: FactTable): Disputable {
  let found = disputableOf.get(table);
  if (found) return found;
  const claims = (i: number) =>
    table.figureShared[i] === 1 && !Number.isNaN(table.value[i]!) && table.category[i] !== task;
  const size = table.figure.length;
  let figureCount = 0;
  for (let i = 0; i < size; i++) figureCount = Math.max(figureCount, table.figure[i]! + 1);
  // Counting sort of the claiming rows by figure.
  const offsets = new Uint32Array(figureCount + 1);
  for (let i = 0; i < size; i++) if (claims(i)) offsets[table.figure[i]! + 1]!++;
  for (let f = 0; f < figureCount; f++) offsets[f + 1]! += offsets[f]!;
  const byFigure = new Uint32Array(offsets[figureCount]!);
  const next = offsets.slice(0, figureCount);
  for (let i = 0; i < size; i++) if (claims(i)) byFigure[next[table.figure[i]!]!++] = i;
  // Figures in order of their first row; only those in dispute.
  const rows: number[] = [];
  const starts: number[] = [];
  const firstFigure = new Uint32Array(factCategories.length + 1);
  const seen = new Uint8Array(figureCount);
  for (let i = 0; i < size; i++) {
    const figure = table.figure[i]!;
    if (!claims(i) || seen[figure]) continue;
    seen[figure] = 1;
    const [from, to] = [offsets[figure]!, offsets[figure + 1]!];
    if (to - from < 2 || !disputes(table, byFigure, from, to)) continue;
    starts.push(rows.length);
    for (let k = from; k < to; k++) rows.push(byFigure[k]!);
    firstFigure[table.category[i]! + 1]!++;
  }
  for (let c = 0; c < factCategories.length; c++) firstFigure[c + 1]! += firstFigure[c]!;
  starts.push(rows.length);
  found = { rows: Uint32Array.from(rows), starts: Uint32Array.from(starts), firstFigure };
  disputableOf.set(table, found);
  return found;
}

/** Marks rows of a table as selected, with a new mark each time (no clearing). */
const marksOf = new WeakMap<FactTable, { marks: Uint32Array; last: number }>();
function markRows(table: FactTable, rows: Uint32Array) {
  let found = marksOf.get(table);
  if (!found) marksOf.set(table, (found = { marks: new Uint32Array(table.value.length), last: 0 }));
  const mark = ++found.last;
  for (let k = 0; k < rows.length; k++) found.marks[rows[k]!] = mark;
  return { marks: found.marks, mark };
}

/** Groups of rows, flat: group g is rows[starts[g]..starts[g + 1]]. */
export interface RowGroupList {
  count: number;
  rows: Uint32Array;
  starts: Uint32Array;
  group(g: number): number[];
}

/** Groups of selected rows that claim the same figure with different values in different reports. */
export function disputedGroups(selection: FactRows): RowGroupList {
  return once(selection, 'disputed', () => {
    const { table, rows } = selection;
    const { rows: claims, starts, firstFigure } = disputable(table);
    const found = new Uint32Array(Math.min(claims.length, rows.length));
    const foundStarts: number[] = [0];
    if (claims.length > 0 && rows.length > 0) {
      const { marks, mark } = markRows(table, rows);
      // Only the figures of the categories the selection holds.
      const fromFigure = firstFigure[table.category[rows[0]!]!]!;
      const toFigure = firstFigure[table.category[rows[rows.length - 1]!]! + 1]!;
      let size = 0;
      for (let g = fromFigure; g < toFigure; g++) {
        const start = size;
        for (let k = starts[g]!; k < starts[g + 1]!; k++)
          if (marks[claims[k]!] === mark) found[size++] = claims[k]!;
        if (size - start > 1 && disputes(table, found, start, size)) foundStarts.push(size);
        else size = start;
      }
    }
    const groupStarts = Uint32Array.from(foundStarts);
    return {
      count: groupStarts.length - 1,
      rows: found.subarray(0, groupStarts[groupStarts.length - 1]),
      starts: groupStarts,
      group: (g) => Array.from(found.subarray(groupStarts[g], groupStarts[g + 1])),
    };
  });
}

/**
 * Figures that two reports state differently (same unit, measure and period, other value).
 * The charts show both and flag them instead of silently picking one.
 */
export function findConflicts(facts: FactRows | readonly Fact[]): Map<string, Fact[]> {
  const selection = factRows(facts);
  return once(selection, 'conflicts', () => {
    const { table } = selection;
    const groups = disputedGroups(selection);
    return new Map(
      Array.from({ length: groups.count }, (_, g) => {
        const group = groups.group(g);
        return [figureKey(table.facts[group[0]!]!), group.map((i) => table.facts[i]!)] as const;
      }),
    );
  });
}
