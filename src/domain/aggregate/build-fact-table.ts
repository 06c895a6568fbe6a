import type { ColumnTable } from '../columnar';
import { factTopic } from '../fact-topic';
import { factCategories, topics, type Fact } from '../schema/fact';
import type { Period } from '../schema/period';
import { Codes, groupRows, qualifiers, type FactTable } from './fact-table';
import { figureDetail } from './figure-key';
import { idOfItem, lazyList } from '@/lib/lazy-list';

/**
 * Where the facts of a dataset came from when it was served in the column layout: the facts
 * of one template share every field but id, value, report, unit and period, so the table
 * takes those from the template once instead of from each of a million objects.
 */
export interface FactWire {
  table: ColumnTable;
  /** Each file row's template, and each dictionary column's codes, as decoded. */
  template: Uint32Array;
  codes: Readonly<Record<string, Uint32Array>>;
  /** The table row of each fact, for the first `rows.length` facts of the list. */
  rows: Uint32Array;
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

/** The table's columns in the order of the list, and the codes behind them. */
class ListColumns {
  readonly measures = new Codes();
  readonly units = new Codes();
  readonly reports = new Codes();
  readonly variants = new Codes();
  readonly statuses = new Codes();
  readonly issuers = new Codes();
  readonly details = new Codes();
  readonly periods: Period[] = [];
  private readonly periodKeys = new Map<string, number>();
  readonly category: Uint8Array;
  readonly measure: Uint8Array;
  readonly value: Float64Array;
  readonly qualifier: Uint8Array;
  readonly unit: Uint32Array;
  readonly report: Uint32Array;
  readonly period: Uint32Array;
  readonly topic: Uint8Array;
  readonly variant: Uint8Array;
  readonly status: Uint8Array;
  readonly issuer: Uint32Array;
  /** What tells apart figures that agree on every other coded field (an award's title…). */
  readonly detail: Uint32Array;
  /** The list position of a fact whose shared fields this one's equal (see `setShared`). */
  readonly sharedWith: Uint32Array;

  constructor(size: number) {
    this.sharedWith = new Uint32Array(size);
    this.category = new Uint8Array(size);
    this.measure = new Uint8Array(size);
    this.value = new Float64Array(size);
    this.qualifier = new Uint8Array(size);
    this.unit = new Uint32Array(size);
    this.report = new Uint32Array(size);
    this.period = new Uint32Array(size);
    this.topic = new Uint8Array(size);
    this.variant = new Uint8Array(size);
    this.status = new Uint8Array(size);
    this.issuer = new Uint32Array(size);
    this.detail = new Uint32Array(size);
  }

  periodCode(period: Period): number {
    const key = `${period.start}|${period.end}`;
    let code = this.periodKeys.get(key);
    if (code === undefined) {
      code = this.periods.length;
      this.periods.push(period);
      this.periodKeys.set(key, code);
    }
    return code;
  }

  /** The fields a fact shares with every fact of its template. */
  setShared(i: number, fact: Fact): void {
    this.sharedWith[i] = i;
    this.category[i] = categoryCodes.get(fact.category)!;
    this.measure[i] = this.measures.code(fact.measure);
    this.qualifier[i] = qualifierCodes.get(fact.qualifier) ?? 0;
    this.topic[i] = topicCodes.get(factTopic(fact))!;
    this.variant[i] = this.variants.code(variantOf(fact));
    this.status[i] = this.statuses.code(fact.category === 'exercises' ? fact.status : '');
    this.issuer[i] = this.issuers.code(fact.category === 'awards' ? fact.issuer.vi : '');
    this.detail[i] = this.details.code(figureDetail(fact));
  }

  setOwn(i: number, fact: Fact): void {
    this.value[i] = fact.value ?? NaN;
    this.unit[i] = this.units.code(fact.unitId);
    this.report[i] = this.reports.code(fact.reportId);
    this.period[i] = this.periodCode(fact.period);
  }

  /** Copies the shared fields of row `from` to row `to`. */
  copyShared(from: number, to: number): void {
    this.sharedWith[to] = this.sharedWith[from]!;
    this.category[to] = this.category[from]!;
    this.measure[to] = this.measure[from]!;
    this.qualifier[to] = this.qualifier[from]!;
    this.topic[to] = this.topic[from]!;
    this.variant[to] = this.variant[from]!;
    this.status[to] = this.status[from]!;
    this.issuer[to] = this.issuer[from]!;
    this.detail[to] = this.detail[from]!;
  }
}

/** Codes of a dictionary column's entries, worked out on first use. */
function entryCodes(entries: number, code: (entry: number) => number) {
  const known = new Int32Array(entries).fill(-1);
  return (entry: number) => {
    if (known[entry] === -1) known[entry] = code(entry);
    return known[entry]!;
  };
}

function fillFromWire(columns: ListColumns, list: readonly Fact[], wire: FactWire): void {
  const { columns: wireColumns, templates } = wire.table;
  const dictionary = (name: string) => {
    const column = wireColumns[name];
    const codes = wire.codes[name];
    return column && 'dictionary' in column && codes
      ? { dictionary: column.dictionary, codes }
      : undefined;
  };
  const valueColumn = wireColumns.value;
  const values = valueColumn && 'values' in valueColumn ? valueColumn.values : undefined;
  const unitColumn = dictionary('unitId');
  const reportColumn = dictionary('reportId');
  const periodColumn = dictionary('period');
  if (!values || !unitColumn || !reportColumn || !periodColumn)
    return fillFromFacts(columns, list, 0);
  // The first row of each template stands for all of them.
  const templateRow = new Int32Array(templates.length).fill(-1);
  const unitCode = entryCodes(unitColumn.dictionary.length, (entry) =>
    columns.units.code(unitColumn.dictionary[entry] as string),
  );
  const reportCode = entryCodes(reportColumn.dictionary.length, (entry) =>
    columns.reports.code(reportColumn.dictionary[entry] as string),
  );
  const { rows, template } = wire;
  const unitCodes = unitColumn.codes;
  const reportCodes = reportColumn.codes;
  for (let i = 0; i < rows.length; i++) {
    const w = rows[i]!;
    const t = template[w]!;
    if (templateRow[t] === -1) {
      templateRow[t] = i;
      columns.setShared(i, list[i]!);
    } else columns.copyShared(templateRow[t]!, i);
    // The file's value column was checked row by row; reading it spares a million objects.
    const value = values[w] as number | null;
    columns.value[i] = value ?? NaN;
    columns.unit[i] = unitCode(unitCodes[w]!);
    columns.report[i] = reportCode(reportCodes[w]!);
  }
  // Periods by dictionary entry, keeping the decoded objects the facts hold.
  const periodOfEntry = new Int32Array(periodColumn.dictionary.length).fill(-1);
  const periodCodes = periodColumn.codes;
  for (let i = 0; i < rows.length; i++) {
    const entry = periodCodes[rows[i]!]!;
    if (periodOfEntry[entry] === -1) periodOfEntry[entry] = columns.periodCode(list[i]!.period);
    columns.period[i] = periodOfEntry[entry]!;
  }
  fillFromFacts(columns, list, rows.length);
}

function fillFromFacts(columns: ListColumns, list: readonly Fact[], from: number): void {
  for (let i = from; i < list.length; i++) {
    columns.setShared(i, list[i]!);
    columns.setOwn(i, list[i]!);
  }
}

/**
 * Numbers the groups of rows that share every coded part of a figure's key (-1 for a row
 * alone in its group), with an open-addressing hash table over typed arrays: a Map of a
 * million keys would take several times as long and allocate a number per key. Rows are
 * visited in list order, which reads the columns front to back; a group is named after the
 * row that opened it.
 */
function coarseGroups(columns: ListColumns): Int32Array {
  const size = columns.value.length;
  const { unit, category, measure, period, variant, issuer, detail } = columns;
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
    issuer[a] === issuer[b] &&
    detail[a] === detail[b];
  for (let i = 0; i < size; i++) {
    let h = Math.imul(unit[i]! ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ (category[i]! | (measure[i]! << 8)), 0xc2b2ae35);
    h = Math.imul(h ^ period[i]!, 0x27d4eb2f);
    h = Math.imul(h ^ (variant[i]! | (issuer[i]! << 8)), 0x165667b1);
    h = Math.imul(h ^ detail[i]!, 0x9e3779b1);
    let slot = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const other = slots[slot]!;
      if (other === -1) {
        slots[slot] = i;
        break;
      }
      if (same(other, i)) {
        group[other] = group[i] = other;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return group;
}

/**
 * Numbers the figures in visiting order: facts that agree on unit, category, measure,
 * period and detail claim one figure (restated, or disputed).
 */
function numberFigures(columns: ListColumns, order: Uint32Array) {
  const size = order.length;
  const figure = new Uint32Array(size);
  const group = coarseGroups(columns);
  const figureOfGroup = new Int32Array(size).fill(-1);
  const counts = new Uint32Array(size);
  let next = 0;
  for (let k = 0; k < size; k++) {
    const i = order[k]!;
    const g = group[i]!;
    if (g === -1) figure[i] = next++;
    else {
      if (figureOfGroup[g] === -1) figureOfGroup[g] = next++;
      figure[i] = figureOfGroup[g]!;
    }
    counts[figure[i]!]!++;
  }
  return { figure, figureCount: next, counts };
}

/**
 * The column in the given row order. One loop per kind of array: a loop fed all three kinds
 * reads and writes them through generic element access, several times slower.
 */
function permute<T extends Uint8Array | Uint32Array | Float64Array>(
  column: T,
  order: Uint32Array,
): T {
  if (column instanceof Uint8Array) return permuteBytes(column, order) as T;
  if (column instanceof Uint32Array) return permuteWords(column, order) as T;
  return permuteNumbers(column as Float64Array, order) as T;
}

function permuteBytes(column: Uint8Array, order: Uint32Array): Uint8Array {
  const result = new Uint8Array(order.length);
  for (let k = 0; k < order.length; k++) result[k] = column[order[k]!]!;
  return result;
}

function permuteWords(column: Uint32Array, order: Uint32Array): Uint32Array {
  const result = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) result[k] = column[order[k]!]!;
  return result;
}

function permuteNumbers(column: Float64Array, order: Uint32Array): Float64Array {
  const result = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) result[k] = column[order[k]!]!;
  return result;
}

/**
 * The table for a list of facts: columns filled from the wire when given (see `FactWire`),
 * else fact by fact; then rows sorted by kind (category, measure, variant) and, within one,
 * by figure.
 */
export function buildFactTable(list: readonly Fact[], wire?: FactWire): FactTable {
  const size = list.length;
  const columns = new ListColumns(size);
  if (wire && wire.rows.length <= size) fillFromWire(columns, list, wire);
  else fillFromFacts(columns, list, 0);
  // By category, measure and variant: a summary of one kind of figure reads its own stretch.
  const measureCount = columns.measures.values.length;
  const variantCount = columns.variants.values.length;
  const kinds = new Uint32Array(size);
  for (let i = 0; i < size; i++)
    kinds[i] =
      (columns.category[i]! * measureCount + columns.measure[i]!) * variantCount +
      columns.variant[i]!;
  const byKind = groupRows(kinds, factCategories.length * measureCount * variantCount).order;
  const { figure, figureCount, counts } = numberFigures(columns, byKind);
  // Figure numbers rise with the kind: sorting by figure keeps that order.
  const order = groupRows(figure, figureCount).order;
  const permuted = <T extends Uint8Array | Uint32Array | Float64Array>(column: T): T =>
    permute(column, order);
  const figureShared = new Uint8Array(size);
  const rowOf = new Uint32Array(size);
  for (let k = 0; k < size; k++) {
    rowOf[order[k]!] = k;
    if (counts[figure[order[k]!]!]! > 1) figureShared[k] = 1;
  }
  const sharedWith = new Uint32Array(size);
  for (let k = 0; k < size; k++) sharedWith[k] = rowOf[columns.sharedWith[order[k]!]!]!;
  return {
    // Read through, so that the list's facts are built (if lazy) only when a view shows them.
    facts: lazyList(
      size,
      (k) => list[order[k]!]!,
      (k) => idOfItem(list, order[k]!),
    ),
    origin: order,
    sharedWith,
    category: permuted(columns.category),
    measure: permuted(columns.measure),
    measures: columns.measures,
    value: permuted(columns.value),
    qualifier: permuted(columns.qualifier),
    unit: permuted(columns.unit),
    units: columns.units,
    report: permuted(columns.report),
    reports: columns.reports,
    period: permuted(columns.period),
    periods: columns.periods,
    topic: permuted(columns.topic),
    variant: permuted(columns.variant),
    variants: columns.variants,
    status: permuted(columns.status),
    statuses: columns.statuses,
    issuer: permuted(columns.issuer),
    issuers: columns.issuers,
    figure: permuted(figure),
    figureShared,
  };
}

/** The table of the dataset on screen: a list taken from its facts is found in it. */
let datasetTable: FactTable | undefined;

/** A table for a whole dataset, which the lists taken from its facts will reuse. */
export function buildDatasetTable(facts: readonly Fact[], wire?: FactWire): FactTable {
  // Only the newest: an older dataset's million rows would stay in memory for nothing.
  datasetTable = buildFactTable(facts, wire);
  return datasetTable;
}

export const currentDatasetTable = () => datasetTable;
