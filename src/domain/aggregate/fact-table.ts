/**
 * The facts again, as columns: what the filters and aggregations read, one typed array per
 * field, strings replaced by small codes. A million facts as objects cost ~90 ns each to walk
 * (ten categories, ten shapes); as columns a few ns. Built once per dataset; any other list
 * of facts (a test's, a chart's subset) gets its own table on first use.
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
  readonly facts: readonly Fact[];
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
  /** Facts that claim the same figure (restated or disputed) share a number. */
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

export function buildFactTable(facts: readonly Fact[]): FactTable {
  const size = facts.length;
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
    ...columns,
    measures,
    units,
    reports,
    periods,
    variants,
    statuses,
    issuers,
  };
  return { ...table, ...numberFigures(table) };
}

/** Some facts of a table, by position: what a filter selects. */
export interface FactView {
  table: FactTable;
  rows: Uint32Array;
}

const views = new WeakMap<readonly Fact[], FactView>();

/** The table of the dataset on screen: a panel's own list of its facts is a view on it. */
const datasetTables: FactTable[] = [];
const rowMaps = new WeakMap<FactTable, Map<Fact, number>>();

/** A table for a whole dataset, which the lists taken from its facts will reuse. */
export function buildDatasetTable(facts: readonly Fact[]): FactTable {
  const table = buildFactTable(facts);
  // Only the newest: an older dataset's million rows would stay in memory for nothing.
  datasetTables.splice(0, datasetTables.length, table);
  return table;
}

// Below this, a list's own table costs less than finding its facts in the dataset's.
const OWN_TABLE_BELOW = 2_000;

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
  return rows;
}

/** The table and rows behind a list of facts: the dataset's when they come from it, else its own. */
export function viewOf(facts: readonly Fact[]): FactView {
  let view = views.get(facts);
  if (view) return view;
  if (facts.length >= OWN_TABLE_BELOW)
    for (const table of datasetTables) {
      const rows = rowsIn(table, facts);
      if (rows) {
        view = { table, rows };
        break;
      }
    }
  if (!view) {
    const rows = new Uint32Array(facts.length);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    view = { table: buildFactTable(facts), rows };
  }
  views.set(facts, view);
  return view;
}

/** The facts of some rows of a table, as the list every panel takes, remembering where they came from. */
export function factsOf(table: FactTable, rows: Uint32Array): Fact[] {
  const facts = new Array<Fact>(rows.length);
  for (let k = 0; k < rows.length; k++) facts[k] = table.facts[rows[k]!]!;
  views.set(facts, { table, rows });
  return facts;
}

export const categoryCode = (category: Fact['category']) => categoryCodes.get(category)!;

/** Rows grouped by a code column (stable): the rows of code c are order[offsets[c]..offsets[c+1]]. */
export interface RowGroups {
  offsets: Uint32Array;
  order: Uint32Array;
}

export function groupRows(codes: Uint32Array, codeCount: number): RowGroups {
  const offsets = new Uint32Array(codeCount + 1);
  for (let i = 0; i < codes.length; i++) offsets[codes[i]! + 1]!++;
  for (let c = 0; c < codeCount; c++) offsets[c + 1]! += offsets[c]!;
  const next = offsets.slice(0, codeCount);
  const order = new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) order[next[codes[i]!]!++] = i;
  return { offsets, order };
}
