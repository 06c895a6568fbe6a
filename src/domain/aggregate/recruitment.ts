import type { FactOf } from '../schema/fact';
import type { Period } from '../schema/period';
import { compareCodes } from '../text';
import { FactRows, once } from './fact-rows';
import {
  categoryCode,
  groupRowsBy,
  categoryStretch,
  type FactTable,
  type RowGroups,
} from './fact-table';
import { bestOf } from './top-n';
import { disputesOf, TotalBuilder, type Range, type RowGroupList, type Total } from './totals';

export interface RecruitmentRow {
  unitId: string;
  period: Period;
  enlisted: FactOf<'recruitment'>[];
  quotaCompletionPct: FactOf<'recruitment'>[];
  /** True when two reports disagree on this unit's figure for this period. */
  conflicting: boolean;
}

export interface RecruitmentSummary {
  /** Every recruitment fact selected, stated or not: the panel's sources. */
  facts: FactRows;
  /** Figures that reports state differently. */
  disputes: RowGroupList;
  enlisted: Total | undefined;
  quotaCompletionPct: Range | undefined;
  /** Unit-and-period groups with a stated figure. */
  groupCount: number;
  /** One row per unit and period, by period and then unit; built when first read. */
  rows(): RecruitmentRow[];
  /** The `n - 1` biggest groups (enlisted, then completion) and what the rest add up to. */
  top(n: number): { rows: RecruitmentRow[]; othersCount: number; othersEnlisted?: number };
}

const recruitment = categoryCode('recruitment');

/** A code for each unit-and-period pair of the table's recruitment rows (one stretch). */
const pairsOf = new WeakMap<FactTable, { from: number; codes: Uint32Array; count: number }>();
function unitPeriodPairs(table: FactTable) {
  let pairs = pairsOf.get(table);
  if (!pairs) {
    const [from, to] = categoryStretch(table, recruitment);
    const codes = new Uint32Array(to - from);
    const seen = new Map<number, number>();
    for (let i = from; i < to; i++) {
      const key = table.unit[i]! * 2 ** 22 + table.period[i]!;
      let code = seen.get(key);
      if (code === undefined) seen.set(key, (code = seen.size));
      codes[i - from] = code;
    }
    pairs = { from, codes, count: seen.size };
    pairsOf.set(table, pairs);
  }
  return pairs;
}

/** Recruitment figures per unit and period, and the headline's totals, in one pass. */
export function recruitmentSummary(selection: FactRows): RecruitmentSummary {
  return once(selection, 'recruitment', () => summarise(selection.ofCategory('recruitment')));
}

/** What the summary's one pass finds per unit-and-period group. */
interface GroupFigures {
  firstEnlisted: Float64Array;
  firstPct: Float64Array;
  /** The first row of each group present: what names its unit and period. */
  anchor: Int32Array;
  /** The groups present, in order of their first row. */
  groups: Uint32Array;
  quotaMin: number;
  quotaMax: number;
}

// A function of its own, reading only its arguments: in the summary's closure, which its
// row builders capture, every read went through the closure's context.
function readGroups(
  rows: Uint32Array,
  table: FactTable,
  { codes, from, count }: { codes: Uint32Array; from: number; count: number },
  enlisted: TotalBuilder,
  quota: TotalBuilder,
): GroupFigures {
  const enlistedCode = table.measures.find('enlisted');
  const firstEnlisted = new Float64Array(count).fill(NaN);
  const firstPct = new Float64Array(count).fill(NaN);
  const anchor = new Int32Array(count).fill(-1);
  const present = new Uint32Array(count);
  let presentCount = 0;
  let quotaMin = Infinity;
  let quotaMax = -Infinity;
  const { value: values, measure } = table;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const value = values[i]!;
    if (Number.isNaN(value)) continue;
    const group = codes[i - from]!;
    if (anchor[group] === -1) {
      anchor[group] = i;
      present[presentCount++] = group;
    }
    if (measure[i] === enlistedCode) {
      enlisted.add(i);
      if (Number.isNaN(firstEnlisted[group]!)) firstEnlisted[group] = value;
    } else {
      quota.add(i);
      if (value < quotaMin) quotaMin = value;
      if (value > quotaMax) quotaMax = value;
      if (Number.isNaN(firstPct[group]!)) firstPct[group] = value;
    }
  }
  const groups = present.subarray(0, presentCount);
  return { firstEnlisted, firstPct, anchor, groups, quotaMin, quotaMax };
}

function summarise(facts: FactRows): RecruitmentSummary {
  const { table, rows } = facts;
  const pairs = unitPeriodPairs(table);
  const enlistedCode = table.measures.find('enlisted');
  const enlisted = new TotalBuilder(table, rows.length);
  const quota = new TotalBuilder(table, rows.length);
  const { firstEnlisted, firstPct, anchor, groups, quotaMin, quotaMax } = readGroups(
    rows,
    table,
    pairs,
    enlisted,
    quota,
  );
  const { codes, from } = pairs;
  const conflicting = new Uint8Array(pairs.count);
  // Read off each total's disputed runs: merging them into one list waits for the notes.
  for (const builder of [enlisted, quota]) {
    const { rows: added, runs } = builder.disputedRuns();
    for (let r = 0; r < runs.length; r += 2)
      for (let k = runs[r]!; k < runs[r + 1]!; k++) conflicting[codes[added[k]! - from]!] = 1;
  }
  const disputes = disputesOf(table, [enlisted, quota]);

  const enlistedTotal = enlisted.total();
  const quotaTotal = quota.total();
  let grouped: RowGroups | undefined;
  // The stated rows (those the two totals hold) of every group; `only` limits it to a few.
  const statedRowsByGroup = (only?: readonly number[]) => {
    const wanted = only && new Uint8Array(pairs.count);
    if (wanted) for (const group of only) wanted[group] = 1;
    const stated = statedRows(rows, table.value, pairs, wanted);
    return groupRowsBy(stated, pairs.count, (i) => pairs.codes[i - pairs.from]!);
  };
  const rowOf = (
    group: number,
    { offsets, order }: RowGroups = (grouped ??= statedRowsByGroup()),
  ): RecruitmentRow => {
    const row: RecruitmentRow = {
      unitId: table.units.values[table.unit[anchor[group]!]!]!,
      period: table.periods[table.period[anchor[group]!]!]!,
      enlisted: [],
      quotaCompletionPct: [],
      conflicting: conflicting[group] === 1,
    };
    for (let k = offsets[group]!; k < offsets[group + 1]!; k++) {
      const i = order[k]!;
      const fact = table.facts[i] as FactOf<'recruitment'>;
      (table.measure[i] === enlistedCode ? row.enlisted : row.quotaCompletionPct).push(fact);
    }
    return row;
  };
  // Period, then unit: the table's order, which also breaks ties between equal bars.
  const inOrder = (a: number, b: number) => compareGroups(table, anchor[a]!, anchor[b]!);
  const score = (group: number) =>
    (Number.isNaN(firstEnlisted[group]!) ? 0 : firstEnlisted[group]!) * 1000 +
    (Number.isNaN(firstPct[group]!) ? 0 : firstPct[group]!);
  let all: RecruitmentRow[] | undefined;
  return {
    facts,
    disputes,
    enlisted: enlistedTotal,
    quotaCompletionPct: quotaTotal && { min: quotaMin, max: quotaMax, facts: quotaTotal.facts },
    groupCount: groups.length,
    rows: () =>
      (all ??= Array.from(groups)
        .sort(inOrder)
        .map((group) => rowOf(group))),
    top(n) {
      const fits = groups.length <= n;
      const scores = new Float64Array(groups.length);
      for (let k = 0; k < groups.length; k++) scores[k] = score(groups[k]!);
      const best = bestOf(scores, fits ? n : n - 1, (a, b) => inOrder(groups[a]!, groups[b]!)).map(
        (k) => groups[k]!,
      );
      // The rows of these few groups only, unless every group's are already at hand.
      const byGroup = grouped ?? statedRowsByGroup(best);
      const rowsOfBest = best.map((group) => rowOf(group, byGroup));
      if (fits) return { rows: rowsOfBest, othersCount: 0 };
      const othersEnlisted = sumOfOthers(groups, best, firstEnlisted);
      return {
        rows: rowsOfBest,
        othersCount: groups.length - best.length,
        ...(othersEnlisted !== undefined && { othersEnlisted }),
      };
    },
  };
}

/** The rows with a number, of the `wanted` groups only when given. */
function statedRows(
  rows: Uint32Array,
  values: Float64Array,
  { codes, from }: { codes: Uint32Array; from: number },
  wanted: Uint8Array | undefined,
): Uint32Array {
  const stated = new Uint32Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (!Number.isNaN(values[i]!) && (!wanted || wanted[codes[i - from]!] === 1)) stated[n++] = i;
  }
  return stated.subarray(0, n);
}

/** What the groups not shown enlisted; undefined when none of them states it. */
function sumOfOthers(groups: Uint32Array, shown: readonly number[], enlisted: Float64Array) {
  const isShown = new Uint8Array(enlisted.length);
  for (const group of shown) isShown[group] = 1;
  let sum = 0;
  let stated = false;
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k]!;
    if (isShown[group] === 0 && !Number.isNaN(enlisted[group]!)) {
      sum += enlisted[group]!;
      stated = true;
    }
  }
  return stated ? sum : undefined;
}

function compareGroups(table: FactTable, a: number, b: number): number {
  return (
    compareCodes(table.periods[table.period[a]!]!.start, table.periods[table.period[b]!]!.start) ||
    compareCodes(table.units.values[table.unit[a]!]!, table.units.values[table.unit[b]!]!)
  );
}
