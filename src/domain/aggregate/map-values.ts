import type { Fact } from '../schema/fact';
import type { Report } from '../schema/report';
import { FactRows, factRows, rowsByCode } from './fact-rows';
import { buildFactTable } from './build-fact-table';
import { reportRows } from './report-table';

export const mapLayers = ['reports', 'enlisted', 'quota', 'exercises', 'education'] as const;
export type MapLayer = (typeof mapLayers)[number];

export interface UnitValue {
  value: number;
  facts: FactRows;
  /** The reports behind the value, each once. */
  readonly reportIds: string[];
}

/** Where each layer takes its figures from: a category, and a measure unless any will do. */
const layerFigures = {
  exercises: ['exercises', null],
  enlisted: ['recruitment', 'enlisted'],
  education: ['education', 'trainees'],
  quota: ['recruitment', 'quota-completion-pct'],
} as const;

function reportCounts(reports: readonly Report[]): Map<string, UnitValue> {
  const { table, rows, rowsOfUnit } = reportRows(reports);
  const counts = new Uint32Array(table.units.values.length);
  const units: number[] = [];
  for (let k = 0; k < rows.length; k++)
    if (counts[table.unit[rows[k]!]!]!++ === 0) units.push(table.unit[rows[k]!]!);
  const reportIdsOf = (unit: number) => Array.from(rowsOfUnit(unit), (p) => table.reports[p]!.id);
  const values = new Map<string, UnitValue>();
  for (const unit of units)
    values.set(
      table.units.values[unit]!,
      new ValueOfUnit(counts[unit]!, unit, noFactsOf, reportIdsOf),
    );
  return values;
}

/**
 * A unit's value, whose facts and reports are listed when someone reads them: the map holds
 * thousands of units, and each one's lists (and their closures) were built on every change.
 */
class ValueOfUnit implements UnitValue {
  private found: FactRows | undefined;
  private ids: string[] | undefined;
  constructor(
    readonly value: number,
    private readonly unit: number,
    private readonly factsOf: (unit: number) => FactRows,
    private readonly reportIdsOf: (unit: number) => string[] = (u) => factsOf(u).reportIds(),
  ) {}
  get facts(): FactRows {
    return (this.found ??= this.factsOf(this.unit));
  }
  get reportIds(): string[] {
    return (this.ids ??= this.reportIdsOf(this.unit));
  }
}

const noFacts = new FactRows(buildFactTable([]), new Uint32Array(0));
const noFactsOf = () => noFacts;

/**
 * The figure each unit gets on a thematic layer, where the fact says it happened (an
 * exercise at Thủy Nguyên sits at Thủy Nguyên, not at the city that reported it). A unit
 * missing from the map has no data, which the map draws apart from zero.
 */
export function unitValues(
  reports: readonly Report[],
  selection: FactRows | readonly Fact[],
  layer: MapLayer,
): Map<string, UnitValue> {
  if (layer === 'reports') return reportCounts(reports);
  const [category, measureName] = layerFigures[layer];
  const facts = factRows(selection).ofCategory(category);
  const { table, rows } = facts;
  const measure = measureName === null ? -1 : table.measures.find(measureName);
  const unitCount = table.units.values.length;
  const sums = new Float64Array(unitCount);
  const counts = new Uint32Array(unitCount);
  const units: number[] = [];
  // An exercise counts whether or not the report gave a number; the other layers need one.
  const counted = (i: number) =>
    (measure === -1 || table.measure[i] === measure) &&
    (layer === 'exercises' || !Number.isNaN(table.value[i]!));
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (!counted(i)) continue;
    const unit = table.unit[i]!;
    const value = table.value[i]!;
    if (counts[unit]!++ === 0) {
      units.push(unit);
      // A percentage does not add up: a unit shows the lowest completion it reported.
      sums[unit] = layer === 'quota' ? value : 0;
    }
    if (layer === 'quota') sums[unit] = Math.min(sums[unit]!, value);
    else sums[unit]! += layer === 'exercises' ? 1 : value;
  }
  const rowsOfUnit = rowsByCode(
    () => rows,
    unitCount + 1,
    (i) => (counted(i) ? table.unit[i]! : unitCount),
  );
  const factsOf = (unit: number) => new FactRows(table, () => rowsOfUnit(unit), counts[unit]);
  return new Map(
    units.map((unit) => [table.units.values[unit]!, new ValueOfUnit(sums[unit]!, unit, factsOf)]),
  );
}

/**
 * Class limits for a choropleth: up to `classes` groups of about equal size (quantiles),
 * rounded to the data's own values so a legend reads "100–250", not "99.7–251.3".
 */
export function classBreaks(values: readonly number[], classes: number): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length <= classes) return sorted;
  const breaks: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const value = sorted[
      Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / classes) - 1)
    ] as number;
    if (!breaks.includes(value)) breaks.push(value);
  }
  return breaks;
}

/** Which class a value falls in, given the upper limits from `classBreaks`. */
export function classOf(value: number, breaks: readonly number[]): number {
  const i = breaks.findIndex((limit) => value <= limit);
  return i === -1 ? breaks.length - 1 : i;
}

export interface ClassRange {
  /** Exclusive lower limit; null for the first class, or for a class holding one value. */
  lower: number | null;
  upper: number;
  /** The class holds exactly one value (there were no more values than classes). */
  single: boolean;
}

/** What each class of `classBreaks` covers, for the legend. */
export function classRanges(breaks: readonly number[], values: readonly number[]): ClassRange[] {
  const single = new Set(values).size <= breaks.length;
  return breaks.map((upper, i) => ({
    lower: single || i === 0 ? null : (breaks[i - 1] as number),
    upper,
    single,
  }));
}

/** How many of a unit's exercises were done, planned or in preparation. */
export function exerciseStatusCounts(facts: FactRows | readonly Fact[]): Map<string, number> {
  // From the status column: a province's thousands of exercises are counted, not built.
  const { table, rows } = factRows(facts).ofCategory('exercises');
  const byCode = new Uint32Array(table.statuses.values.length);
  for (let k = 0; k < rows.length; k++) byCode[table.status[rows[k]!]!]!++;
  const counts = new Map<string, number>();
  byCode.forEach((count, code) => {
    if (count > 0) counts.set(table.statuses.values[code]!, count);
  });
  return counts;
}
