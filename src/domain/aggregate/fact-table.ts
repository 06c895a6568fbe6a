/**
 * The facts again, as columns: what the filters and aggregations read, one typed array per
 * field, strings replaced by small codes. A million facts as objects cost ~90 ns each to walk
 * (ten categories, ten shapes); as columns a few ns. Built once per dataset; any other list
 * of facts (a test's) gets its own table on first use.
 *
 * Rows are sorted by category, and within one by figure, keeping the list's order otherwise:
 * any selection taken in row order then holds each category as one stretch, which a chart
 * reads alone, and the facts claiming one figure (restated, or disputed) next to each other.
 */
import { factTopic } from '../fact-topic';
import { factCategories, topics, type Fact } from '../schema/fact';
import type { Period } from '../schema/period';
import { figureDetail } from './figure-key';

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
  /** The facts in row order: by category, then by figure, then as in the list given. */
  readonly facts: readonly Fact[];
  /** Each row's position in that list. */
  readonly origin: Uint32Array;
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
const topicCodes = new Map(topics.map((t, i) => [t, i]));
const qualifierCodes = new Map(qualifiers.map((q, i) => [q, i]));

function variantOf(fact: Fact): string {
  switch (fact.category) {
    case 'education':
      return fact.targetGroup;
    case 'exercises':
      return fact.exerciseType;
    case 'awards':
      return fact.recipientKind;
    default:
      return '';
  }
}

/**
 * Numbers the figures: facts agreeing on unit, category, measure and period are compared
 * by their full key (details such as an award's title); the great majority, alone in their
 * group, never need that string.
 */
function numberFigures(table: Omit<FactTable, 'figure' | 'figureShared'>) {
  const size = table.facts.length;
  const figure = new Uint32Array(size);
  const figureShared = new Uint8Array(size);
  const group = coarseGroups(table);
  let next = 0;
  const byKey = new Map<string, number>();
  const counts = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    if (group[i] === -1) {
      figure[i] = next++;
      continue;
    }
    // Rows of one coarse group agree on everything else in the key: the detail decides.
    const key = `${group[i]}|${figureDetail(table.facts[i]!)}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = next++;
      byKey.set(key, id);
    }
    figure[i] = id;
    counts[id]!++;
  }
  for (let i = 0; i < size; i++) if (counts[figure[i]!]! > 1) figureShared[i] = 1;
  return { figure, figureShared };
}

/**
 * Numbers the groups of rows that share unit, category, measure, period, variant and issuer
 * (-1 for a row alone in its group), with an open-addressing hash table over typed arrays:
 * a Map of a million keys would take several times as long and allocate a number per key.
 */
function coarseGroups(table: Omit<FactTable, 'figure' | 'figureShared'>): Int32Array {
  const size = table.facts.length;
  // Every part of a figure's key that the table holds as a code: equal keys need equal codes.
  const { unit, category, measure, period, variant, issuer } = table;
  const group = new Int32Array(size).fill(-1);
  let capacity = 1024;
  while (capacity < size * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const same = (a: number, b: number) =>
    unit[a] === unit[b] &&
    category[a] === category[b] &&
    measure[a] === measure[b] &&
    period[a] === period[b] &&
    variant[a] === variant[b] &&
    issuer[a] === issuer[b];
  for (let i = 0; i < size; i++) {
    let h = Math.imul(unit[i]! ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ (category[i]! | (measure[i]! << 8)), 0xc2b2ae35);
    h = Math.imul(h ^ period[i]!, 0x27d4eb2f);
    h = Math.imul(h ^ (variant[i]! | (issuer[i]! << 8)), 0x165667b1);
    let slot = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const other = slots[slot]!;
      if (other === -1) {
        slots[slot] = i;
        break;
      }
      if (same(other, i)) {
        // The group is named after the row that opened it.
        group[other] = group[i] = other;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return group;
}

/** Positions of the facts, by category and then in list order (a counting sort). */
function categoryOrder(list: readonly Fact[]): Uint32Array {
  const codes = Uint8Array.from(list, (fact) => categoryCodes.get(fact.category)!);
  return groupRows(codes, factCategories.length).order;
}

export function buildFactTable(list: readonly Fact[]): FactTable {
  const size = list.length;
  const origin = categoryOrder(list);
  const facts = Array.from(origin, (position) => list[position]!);
  const measures = new Codes();
  const units = new Codes();
  const reports = new Codes();
  const variants = new Codes();
  const statuses = new Codes();
  const issuers = new Codes();
  const periods: Period[] = [];
  const periodCodes = new Map<Period, number>();
  const periodKeys = new Map<string, number>();
  const periodCode = (period: Period) => {
    let code = periodCodes.get(period);
    if (code === undefined) {
      const key = `${period.start}|${period.end}`;
      code = periodKeys.get(key);
      if (code === undefined) {
        code = periods.length;
        periods.push(period);
        periodKeys.set(key, code);
      }
      periodCodes.set(period, code);
    }
    return code;
  };
  const columns = {
    category: new Uint8Array(size),
    measure: new Uint8Array(size),
    value: new Float64Array(size),
    qualifier: new Uint8Array(size),
    unit: new Uint32Array(size),
    report: new Uint32Array(size),
    period: new Uint32Array(size),
    topic: new Uint8Array(size),
    variant: new Uint8Array(size),
    status: new Uint8Array(size),
    issuer: new Uint32Array(size),
  };
  for (let i = 0; i < size; i++) {
    const fact = facts[i]!;
    columns.category[i] = categoryCodes.get(fact.category)!;
    columns.measure[i] = measures.code(fact.measure);
    columns.value[i] = fact.value ?? NaN;
    columns.qualifier[i] = qualifierCodes.get(fact.qualifier) ?? 0;
    columns.unit[i] = units.code(fact.unitId);
    columns.report[i] = reports.code(fact.reportId);
    columns.period[i] = periodCode(fact.period);
    columns.topic[i] = topicCodes.get(factTopic(fact))!;
    columns.variant[i] = variants.code(variantOf(fact));
    columns.status[i] = statuses.code(fact.category === 'exercises' ? fact.status : '');
    columns.issuer[i] = issuers.code(fact.category === 'awards' ? fact.issuer.vi : '');
  }
  const table = {
    facts,
    origin,
    ...columns,
    measures,
    units,
    reports,
    periods,
    variants,
    statuses,
    issuers,
  };
  const { figure, figureShared } = numberFigures(table);
  // The claims of one figure side by side: totals and conflicts then read them in one stream.
  let figureCount = 0;
  for (let i = 0; i < size; i++) figureCount = Math.max(figureCount, figure[i]! + 1);
  const order = groupRows(figure, figureCount).order;
  const permuted = <T extends Uint8Array | Uint32Array | Float64Array>(column: T): T => {
    const result = new (column.constructor as new (length: number) => T)(size);
    for (let k = 0; k < size; k++) result[k] = column[order[k]!]!;
    return result;
  };
  return {
    ...table,
    facts: Array.from(order, (i) => facts[i]!),
    origin: permuted(origin),
    category: permuted(columns.category),
    measure: permuted(columns.measure),
    value: permuted(columns.value),
    qualifier: permuted(columns.qualifier),
    unit: permuted(columns.unit),
    report: permuted(columns.report),
    period: permuted(columns.period),
    topic: permuted(columns.topic),
    variant: permuted(columns.variant),
    status: permuted(columns.status),
    issuer: permuted(columns.issuer),
    figure: permuted(figure),
    figureShared: permuted(figureShared),
  };
}

/** The table of the dataset on screen: a list taken from its facts is found in it. */
let datasetTable: FactTable | undefined;

/** A table for a whole dataset, which the lists taken from its facts will reuse. */
export function buildDatasetTable(facts: readonly Fact[]): FactTable {
  // Only the newest: an older dataset's million rows would stay in memory for nothing.
  datasetTable = buildFactTable(facts);
  return datasetTable;
}

export const currentDatasetTable = () => datasetTable;

export const categoryCode = (category: Fact['category']) => categoryCodes.get(category)!;

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
  const firstAtLeast = (wanted: number) => {
    let low = 0;
    let high = rows ? rows.length : table.category.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (categoryAt(mid) < wanted) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return [firstAtLeast(code), firstAtLeast(code + 1)];
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
