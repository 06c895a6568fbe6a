import type { FactOf } from '../schema/fact';
import type { Period } from '../schema/period';
import { compareCodes } from '../text';
import { FactRows, once } from './fact-rows';
import {
  categoryCode,
  categorySlots,
  firstAtLeast,
  groupRows,
  statedRows,
  groupRowsBy,
  categoryStretch,
  type FactTable,
  type RowGroups,
  perTable,
} from './fact-table';
import { bestOf } from './top-n';
import { disputesOf, StretchTotal, type Range, type RowGroupList, type Total } from './totals';

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

/**
 * Per table, over its recruitment rows (one stretch from `from`): a code for each row's
 * unit-and-period pair; where a row adds, `pair * 2` for the people enlisted and `pair * 2 + 1`
 * for the quota completion, or -1 when it states no number; and, when first asked, the rows
 * of each pair. Worked out once, so a summary's pass reads one column where it read three.
 */
interface RecruitmentPairs {
  from: number;
  codes: Uint32Array;
  count: number;
  slots: Int32Array;
  rowsOfPair(): RowGroups;
}
const unitPeriodPairs = perTable((table): RecruitmentPairs => {
  const [from, to] = categoryStretch(table, recruitment);
  const enlistedCode = table.measures.find('enlisted');
  const codes = new Uint32Array(to - from);
  const seen = new Map<number, number>();
  for (let i = from; i < to; i++) {
    const key = table.unit[i]! * 2 ** 22 + table.period[i]!;
    let code = seen.get(key);
    if (code === undefined) seen.set(key, (code = seen.size));
    codes[i - from] = code;
  }
  const count = seen.size;
  const { slots } = categorySlots(
    table,
    'recruitment',
    (i) => codes[i - from]! * 2 + (table.measure[i] === enlistedCode ? 0 : 1),
  );
  let byPair: RowGroups | undefined;
  return { from, codes, count, slots, rowsOfPair: () => (byPair ??= groupRows(codes, count)) };
});

/** Recruitment figures per unit and period, and the headline's totals, in one pass. */
export function recruitmentSummary(selection: FactRows): RecruitmentSummary {
  return once(selection, 'recruitment', () => summarise(selection.ofCategory('recruitment')));
}

/** What the summary's one pass finds per unit-and-period group. */
interface GroupFigures {
  /** Per group, the first people enlisted stated (at `group * 2`) and quota completion (+ 1). */
  first: Float64Array;
  /** The first row of each group present: what names its unit and period. */
  anchor: Int32Array;
  /** The groups present: those stating people enlisted first, in table order, then the rest. */
  groups: Uint32Array;
  quotaMin: number;
  quotaMax: number;
}

/**
 * Reads one measure's rows (a stretch of its own: within a category, rows run by measure),
 * noting each group's first stated value and first row; returns how many groups are present.
 * A function of its own, reading only its arguments: in the summary's closure, which its row
 * builders capture, every read went through the closure's context.
 */
function readMeasure(
  rows: Uint32Array,
  values: Float64Array,
  { slots, from }: RecruitmentPairs,
  { first, anchor, present }: { first: Float64Array; anchor: Int32Array; present: Uint32Array },
  presentCount: number,
): number {
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const slot = slots[i - from]!;
    if (slot < 0) continue;
    const group = slot >>> 1;
    if (anchor[group] === -1) {
      anchor[group] = i;
      present[presentCount++] = group;
    }
    if (Number.isNaN(first[slot]!)) first[slot] = values[i]!;
  }
  return presentCount;
}

function readGroups(
  values: Float64Array,
  pairs: RecruitmentPairs,
  enlistedRows: Uint32Array,
  quotaRows: Uint32Array,
): GroupFigures {
  const { count } = pairs;
  const found = {
    first: new Float64Array(count * 2).fill(NaN),
    anchor: new Int32Array(count).fill(-1),
    present: new Uint32Array(count),
  };
  let presentCount = readMeasure(enlistedRows, values, pairs, found, 0);
  presentCount = readMeasure(quotaRows, values, pairs, found, presentCount);
  let quotaMin = Infinity;
  let quotaMax = -Infinity;
  for (let k = 0; k < quotaRows.length; k++) {
    const value = values[quotaRows[k]!]!;
    if (value < quotaMin) quotaMin = value;
    if (value > quotaMax) quotaMax = value;
  }
  const groups = found.present.subarray(0, presentCount);
  return { first: found.first, anchor: found.anchor, groups, quotaMin, quotaMax };
}

function summarise(facts: FactRows): RecruitmentSummary {
  const { table, rows } = facts;
  const pairs = unitPeriodPairs(table);
  const enlistedCode = table.measures.find('enlisted');
  const enlistedRows = facts.ofMeasure('recruitment', 'enlisted').rows;
  const quotaRows = facts.ofMeasure('recruitment', 'quota-completion-pct').rows;
  const { first, anchor, groups, quotaMin, quotaMax } = readGroups(
    table.value,
    pairs,
    enlistedRows,
    quotaRows,
  );
  const enlisted = new StretchTotal(table, enlistedRows);
  const quota = new StretchTotal(table, quotaRows);
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
  // The stated rows (those the two totals hold) of every group, grouped when first needed.
  const statedRowsOfGroup = (group: number): ArrayLike<number> => {
    const { offsets, order } = (grouped ??= groupRowsBy(
      statedRows(table, rows),
      pairs.count,
      (i) => pairs.codes[i - pairs.from]!,
    ));
    return order.subarray(offsets[group], offsets[group + 1]);
  };
  // A few groups' stated rows: the group's rows in the table that the selection holds.
  const selectedRowsOfGroup = (group: number): number[] => {
    const { offsets, order } = pairs.rowsOfPair();
    const found: number[] = [];
    for (let k = offsets[group]!; k < offsets[group + 1]!; k++) {
      const i = pairs.from + order[k]!;
      if (!Number.isNaN(table.value[i]!) && holds(rows, i)) found.push(i);
    }
    return found;
  };
  const rowOf = (group: number, statedOf = statedRowsOfGroup): RecruitmentRow => {
    const row: RecruitmentRow = {
      unitId: table.units.values[table.unit[anchor[group]!]!]!,
      period: table.periods[table.period[anchor[group]!]!]!,
      enlisted: [],
      quotaCompletionPct: [],
      conflicting: conflicting[group] === 1,
    };
    const stated = statedOf(group);
    for (let k = 0; k < stated.length; k++) {
      const i = stated[k]!;
      const fact = table.facts[i] as FactOf<'recruitment'>;
      (table.measure[i] === enlistedCode ? row.enlisted : row.quotaCompletionPct).push(fact);
    }
    return row;
  };
  // Period, then unit: the table's order, which also breaks ties between equal bars.
  const inOrder = (a: number, b: number) => compareGroups(table, anchor[a]!, anchor[b]!);
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
      const scores = groupScores(groups, first);
      const best = bestOf(scores, fits ? n : n - 1, (a, b) => inOrder(groups[a]!, groups[b]!)).map(
        (k) => groups[k]!,
      );
      // The rows of these few groups only, unless every group's are already at hand.
      const rowsOfBest = best.map((group) =>
        rowOf(group, grouped ? statedRowsOfGroup : selectedRowsOfGroup),
      );
      if (fits) return { rows: rowsOfBest, othersCount: 0 };
      const othersEnlisted = sumOfOthers(groups, best, first);
      return {
        rows: rowsOfBest,
        othersCount: groups.length - best.length,
        ...(othersEnlisted !== undefined && { othersEnlisted }),
      };
    },
  };
}

/** A group's bar size: people enlisted first, then quota completion. */
function groupScores(groups: Uint32Array, first: Float64Array): Float64Array {
  const scores = new Float64Array(groups.length);
  for (let k = 0; k < groups.length; k++) {
    const enlisted = first[groups[k]! * 2]!;
    const pct = first[groups[k]! * 2 + 1]!;
    scores[k] = (Number.isNaN(enlisted) ? 0 : enlisted) * 1000 + (Number.isNaN(pct) ? 0 : pct);
  }
  return scores;
}

/** Whether ascending `rows` holds `row`. */
function holds(rows: Uint32Array, row: number): boolean {
  const at = firstAtLeast((k) => rows[k]!, row, 0, rows.length);
  return at < rows.length && rows[at] === row;
}

/** What the groups not shown enlisted; undefined when none of them states it. */
function sumOfOthers(groups: Uint32Array, shown: readonly number[], first: Float64Array) {
  const isShown = new Uint8Array(first.length / 2);
  for (const group of shown) isShown[group] = 1;
  let sum = 0;
  let stated = false;
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k]!;
    if (isShown[group] === 0 && !Number.isNaN(first[group * 2]!)) {
      sum += first[group * 2]!;
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
