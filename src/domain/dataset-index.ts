import { buildDatasetTable, type FactWire } from './aggregate/build-fact-table';
import { groupRows, type FactTable, type RowGroups } from './aggregate/fact-table';
import type { Dataset } from './schema/dataset';
import type { Fact } from './schema/fact';
import type { Source } from './schema/provenance';
import type { Report } from './schema/report';
import { buildDatasetReportTable, type ReportTable } from './aggregate/report-table';
import { indexUnits, type UnitIndex } from './units';
import { compareCodes } from './text';

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
  /** The facts as columns, for the filters and aggregations. */
  factTable: FactTable;
  /** The reports of `reportsByDate` as columns, by position. */
  reportTable: ReportTable;
  /** The table's code of each report in `reportsByDate` (-1 for a report without facts). */
  reportCodes: Int32Array;
  /** The table rows of each report's facts, by the table's report code. */
  factRowsByReport: RowGroups;
  /**
   * For each unit, the positions in `reportsByDate` (ascending) of the reports held by it or
   * with facts about it: a unit filter reads these instead of every report. Worked out on
   * first read, which `warmIndex` brings forward to an idle moment after the first screen.
   */
  readonly reportsConcerningUnit: ReadonlyMap<string, readonly number[]>;
  /** Years that conferences sat in or reviewed, ascending: the span of the time slider. */
  years: readonly number[];
  /** Reports an analyst added in this browser, shown everywhere marked as such. */
  localReportIds: ReadonlySet<string>;
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
  return compareCodes(b.date, a.date) || compareCodes(a.id, b.id);
}

function reportsConcerningUnit(
  reportsByDate: readonly Report[],
  table: FactTable,
  rowsByReport: RowGroups,
): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  const add = (unitId: string, position: number) => {
    const list = positions.get(unitId);
    if (!list) positions.set(unitId, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  const { offsets, order } = rowsByReport;
  reportsByDate.forEach((report, position) => {
    add(report.unitId, position);
    const code = table.reports.find(report.id);
    if (code === -1) return;
    for (let k = offsets[code]!; k < offsets[code + 1]!; k++)
      add(table.units.values[table.unit[order[k]!]!]!, position);
  });
  return positions;
}

/** A report's facts, in the dataset's order, from the table's groups (no map of 100,000 lists). */
export function factsOfReport(index: DatasetIndex, reportId: string): Fact[] {
  const code = index.factTable.reports.find(reportId);
  if (code === -1) return [];
  const { offsets, order } = index.factRowsByReport;
  const { facts, origin } = index.factTable;
  // The table runs by category and figure; a report reads in the order it was written.
  return Array.from(order.subarray(offsets[code], offsets[code + 1]))
    .sort((a, b) => origin[a]! - origin[b]!)
    .map((row) => facts[row]!);
}

function reportCodesOf(reportsByDate: readonly Report[], table: FactTable): Int32Array {
  const codes = new Int32Array(reportsByDate.length);
  for (let p = 0; p < codes.length; p++) codes[p] = table.reports.find(reportsByDate[p]!.id);
  return codes;
}

export function indexDataset(
  dataset: Dataset,
  localReportIds: ReadonlySet<string> = new Set(),
  factWire?: FactWire,
): DatasetIndex {
  const reportsByDate = [...dataset.reports].sort(compareReportsNewestFirst);
  const factTable = buildDatasetTable(dataset.facts, factWire);
  const reportTable = buildDatasetReportTable(reportsByDate);
  const factRowsByReport = groupRows(factTable.report, factTable.reports.values.length);
  // From the report table's day numbers: reading 100,000 date strings costs more than counting.
  const years = new Set<number>();
  const yearOf = (day: number) => Math.floor(day / 10_000);
  for (let p = 0; p < reportsByDate.length; p++) {
    years.add(yearOf(reportTable.date[p]!));
    if (reportTable.reviewed[p])
      for (
        let y = yearOf(reportTable.reviewedStart[p]!);
        y <= yearOf(reportTable.reviewedEnd[p]!);
        y++
      )
        years.add(y);
  }
  let concerning: Map<string, number[]> | undefined;
  return {
    dataset,
    units: indexUnits(dataset.units),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    reportsById: new Map(dataset.reports.map((r) => [r.id, r])),
    reportsByDate,
    reportsByUnit: groupBy(reportsByDate, (r) => r.unitId),
    factTable,
    reportTable,
    reportCodes: reportCodesOf(reportsByDate, factTable),
    factRowsByReport,
    get reportsConcerningUnit() {
      return (concerning ??= reportsConcerningUnit(reportsByDate, factTable, factRowsByReport));
    },
    years: [...years].sort((a, b) => a - b),
    localReportIds,
  };
}

/** Works out the lookups left for first use, so that the first unit filter does not wait. */
export function warmIndex(index: DatasetIndex): void {
  void index.reportsConcerningUnit;
}
