import type { Dataset } from './schema/dataset';
import type { Fact } from './schema/fact';
import type { Source } from './schema/provenance';
import type { Report } from './schema/report';
import { indexUnits, type UnitIndex } from './units';

/**
 * Lookups built once per loaded dataset, so that views never scan the whole dataset:
 * at national scale that is ~100,000 reports and ~1,000,000 facts.
 */
export interface DatasetIndex {
  dataset: Dataset;
  units: UnitIndex;
  sourcesById: ReadonlyMap<string, Source>;
  reportsById: ReadonlyMap<string, Report>;
  /** Newest conference first; ties broken by id for a stable order. */
  reportsByDate: readonly Report[];
  reportsByUnit: ReadonlyMap<string, readonly Report[]>;
  factsByReport: ReadonlyMap<string, readonly Fact[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function compareReportsNewestFirst(a: Report, b: Report): number {
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const reportsByDate = [...dataset.reports].sort(compareReportsNewestFirst);
  return {
    dataset,
    units: indexUnits(dataset.units),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    reportsById: new Map(dataset.reports.map((r) => [r.id, r])),
    reportsByDate,
    reportsByUnit: groupBy(reportsByDate, (r) => r.unitId),
    factsByReport: groupBy(dataset.facts, (f) => f.reportId),
  };
}
