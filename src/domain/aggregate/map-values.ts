import type { Fact } from '../schema/fact';
import type { Report } from '../schema/report';

export const mapLayers = ['reports', 'enlisted', 'quota', 'exercises', 'education'] as const;
export type MapLayer = (typeof mapLayers)[number];

export interface UnitValue {
  value: number;
  facts: Fact[];
  reportIds: string[];
}

function add(
  values: Map<string, UnitValue>,
  unitId: string,
  amount: number,
  reportId: string,
  fact?: Fact,
) {
  let entry = values.get(unitId);
  if (!entry) {
    entry = { value: 0, facts: [], reportIds: [] };
    values.set(unitId, entry);
  }
  entry.value += amount;
  if (fact) entry.facts.push(fact);
  if (!entry.reportIds.includes(reportId)) entry.reportIds.push(reportId);
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
  const values = new Map<string, UnitValue>();
  if (layer === 'reports') {
    for (const report of reports) add(values, report.unitId, 1, report.id);
    return values;
  }
  for (const fact of facts) {
    if (layer === 'exercises' && fact.category === 'exercises')
      add(values, fact.unitId, 1, fact.reportId, fact);
    if (fact.value === null) continue;
    if (layer === 'enlisted' && fact.category === 'recruitment' && fact.measure === 'enlisted')
      add(values, fact.unitId, fact.value, fact.reportId, fact);
    if (layer === 'education' && fact.category === 'education' && fact.measure === 'trainees')
      add(values, fact.unitId, fact.value, fact.reportId, fact);
  }
  if (layer === 'quota') {
    // A percentage does not add up: a unit shows the lowest completion it reported.
    for (const fact of facts) {
      if (
        fact.category !== 'recruitment' ||
        fact.measure !== 'quota-completion-pct' ||
        fact.value === null
      )
        continue;
      const entry = values.get(fact.unitId);
      if (!entry)
        values.set(fact.unitId, { value: fact.value, facts: [fact], reportIds: [fact.reportId] });
      else {
        entry.value = Math.min(entry.value, fact.value);
        entry.facts.push(fact);
        if (!entry.reportIds.includes(fact.reportId)) entry.reportIds.push(fact.reportId);
      }
    }
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
