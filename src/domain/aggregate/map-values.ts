import type { Fact } from '../schema/fact';
import type { Report } from '../schema/report';
import { categoryCode, viewOf } from './fact-table';

export const mapLayers = ['reports', 'enlisted', 'quota', 'exercises', 'education'] as const;
export type MapLayer = (typeof mapLayers)[number];

export interface UnitValue {
  value: number;
  facts: Fact[];
  reportIds: string[];
}

/** Entries per unit, each listing its reports once. */
function accumulator() {
  const values = new Map<string, UnitValue>();
  const reportsOf = new Map<UnitValue, Set<string>>();
  const entryFor = (unitId: string, first: number) => {
    let entry = values.get(unitId);
    if (!entry) {
      entry = { value: first, facts: [], reportIds: [] };
      values.set(unitId, entry);
      reportsOf.set(entry, new Set());
    }
    return entry;
  };
  const noteReport = (entry: UnitValue, reportId: string) => {
    const seen = reportsOf.get(entry)!;
    if (seen.has(reportId)) return;
    seen.add(reportId);
    entry.reportIds.push(reportId);
  };
  return { values, entryFor, noteReport };
}

/**
 * The figure each unit gets on a thematic layer, where the fact says it happened (an
 * exercise at Thủy Nguyên sits at Thủy Nguyên, not at the city that reported it). A unit
 * missing from the map has no data, which the map draws apart from zero.
 */
export function unitValues(
  reports: readonly Report[],
  facts: readonly Fact[],
  layer: MapLayer,
): Map<string, UnitValue> {
  const { values, entryFor, noteReport } = accumulator();
  if (layer === 'reports') {
    for (const report of reports) {
      const entry = entryFor(report.unitId, 0);
      entry.value += 1;
      noteReport(entry, report.id);
    }
    return values;
  }
  const { table, rows } = viewOf(facts);
  const wanted = {
    exercises: [categoryCode('exercises'), -1],
    enlisted: [categoryCode('recruitment'), table.measures.find('enlisted')],
    education: [categoryCode('education'), table.measures.find('trainees')],
    quota: [categoryCode('recruitment'), table.measures.find('quota-completion-pct')],
  }[layer];
  const [category, measure] = wanted;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (table.category[i] !== category || (measure !== -1 && table.measure[i] !== measure))
      continue;
    const value = table.value[i]!;
    // An exercise counts whether or not the report gave a number; the other layers need one.
    if (layer !== 'exercises' && Number.isNaN(value)) continue;
    const fact = table.facts[i]!;
    const entry = entryFor(fact.unitId, layer === 'quota' ? value : 0);
    // A percentage does not add up: a unit shows the lowest completion it reported.
    if (layer === 'quota') entry.value = Math.min(entry.value, value);
    else entry.value += layer === 'exercises' ? 1 : value;
    entry.facts.push(fact);
    noteReport(entry, fact.reportId);
  }
  return values;
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
export function exerciseStatusCounts(facts: readonly Fact[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fact of facts) {
    if (fact.category !== 'exercises') continue;
    counts.set(fact.status, (counts.get(fact.status) ?? 0) + 1);
  }
  return counts;
}
