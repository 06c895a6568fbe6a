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
  /** What a filter tests of each fact, in the order of `factRowsByReport`. */
  factTestsByReport: FactTestColumns;
  /**
   * For each unit, the positions in `reportsByDate` (ascending) of the reports held by it or
   * with facts about it: a unit filter reads these instead of every report.
   */
  reportsConcerningUnit: UnitPositions;
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

/**
 * Visits each (unit, position) pair once, a report's own unit first: counts them into
 * `offsets` (each unit's count at code + 1), or with `positions`, fills them in at the
 * offsets. `lastSeen` drops a unit's repeats within one report.
 */
function eachPair(
  reportUnit: Uint32Array,
  factUnit: Uint32Array,
  { offsets: factOffsets, order }: RowGroups,
  reportCodes: Int32Array,
  unitCount: number,
  offsets: Uint32Array,
  positions?: Uint32Array,
): void {
  const next = positions ? offsets.slice(0, unitCount) : offsets.subarray(1);
  const lastSeen = new Int32Array(unitCount).fill(-1);
  for (let p = 0; p < reportUnit.length; p++) {
    const own = reportUnit[p]!;
    lastSeen[own] = p;
    if (positions) positions[next[own]!++] = p;
    else next[own]!++;
    const code = reportCodes[p]!;
    if (code === -1) continue;
    for (let k = factOffsets[code]!; k < factOffsets[code + 1]!; k++) {
      const unit = factUnit[order[k]!]!;
      if (lastSeen[unit] === p) continue;
      lastSeen[unit] = p;
      if (positions) positions[next[unit]!++] = p;
      else next[unit]!++;
    }
  }
}

export interface UnitPositions {
  /** Ascending positions; empty for a unit no report concerns. */
  of(unitId: string): Uint32Array;
}

/**
 * Counted by unit code, then filled in one flat array: on a national dataset a map of lists
 * keyed by unit id took a tenth of a second to build.
 */
function reportsConcerningUnit(
  reportsByDate: readonly Report[],
  table: FactTable,
  rowsByReport: RowGroups,
  reportCodes: Int32Array,
): UnitPositions {
  // The table's unit codes, then codes for reporting units without facts of their own.
  const codes = new Map<string, number>();
  table.units.values.forEach((unitId, code) => codes.set(unitId, code));
  const reportUnit = new Uint32Array(reportsByDate.length);
  for (let p = 0; p < reportUnit.length; p++) {
    const unitId = reportsByDate[p]!.unitId;
    let code = codes.get(unitId);
    if (code === undefined) codes.set(unitId, (code = codes.size));
    reportUnit[p] = code;
  }
  const unitCount = codes.size;
  const offsets = new Uint32Array(unitCount + 1);
  eachPair(reportUnit, table.unit, rowsByReport, reportCodes, unitCount, offsets);
  for (let u = 0; u < unitCount; u++) offsets[u + 1]! += offsets[u]!;
  const positions = new Uint32Array(offsets[unitCount]!);
  eachPair(reportUnit, table.unit, rowsByReport, reportCodes, unitCount, offsets, positions);
  const none = new Uint32Array(0);
  return {
    of: (unitId) => {
      const code = codes.get(unitId);
      return code === undefined ? none : positions.subarray(offsets[code], offsets[code + 1]);
    },
  };
}

/** A report's facts, in the dataset's order, from the table's groups (no map of 100,000 lists). */
export function factsOfReport(index: DatasetIndex, reportId: string): Fact[] {
  const { facts } = index.factTable;
  return factRowsOfReport(index, reportId).map((row) => facts[row]!);
}

/** The table rows of a report's facts, in the order the report gives them. */
export function factRowsOfReport(index: DatasetIndex, reportId: string): number[] {
  const code = index.factTable.reports.find(reportId);
  if (code === -1) return [];
  const { offsets, order } = index.factRowsByReport;
  const { origin } = index.factTable;
  // The table runs by category and figure; a report reads in the order it was written.
  return Array.from(order.subarray(offsets[code], offsets[code + 1])).sort(
    (a, b) => origin[a]! - origin[b]!,
  );
}

/** The columns a filter tests of each fact (see `selectFactRows`). */
export interface FactTestColumns {
  unit: Uint32Array;
  period: Uint32Array;
  topic: Uint8Array;
  category: Uint8Array;
  variant: Uint8Array;
}

/**
 * The tested columns again, in the order of the rows of each report. A filter walks the
 * facts of the reports it keeps: read in table order, where one report's facts lie far
 * apart, nearly every read missed the cache (~100 ns a fact at national scale).
 */
function testColumnsInOrder(table: FactTable, { order }: RowGroups): FactTestColumns {
  const size = order.length;
  const columns = {
    unit: new Uint32Array(size),
    period: new Uint32Array(size),
    topic: new Uint8Array(size),
    category: new Uint8Array(size),
    variant: new Uint8Array(size),
  };
  for (let k = 0; k < size; k++) {
    const i = order[k]!;
    columns.unit[k] = table.unit[i]!;
    columns.period[k] = table.period[i]!;
    columns.topic[k] = table.topic[i]!;
    columns.category[k] = table.category[i]!;
    columns.variant[k] = table.variant[i]!;
  }
  return columns;
}

function reportCodesOf(reportsByDate: readonly Report[], table: FactTable): Int32Array {
  const codes = new Int32Array(reportsByDate.length);
  for (let p = 0; p < codes.length; p++) codes[p] = table.reports.find(reportsByDate[p]!.id);
  return codes;
}

/** Built when first read, once. */
function lazily<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}

/**
 * The dataset's indexes. Those the first render does not read (a report by id, the filters'
 * per-report columns and per-unit positions: ~0.1 s at 100k) are built when first read, or by
 * `prepareForFilters` once the page is idle, so that the dashboard shows sooner.
 */
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
  const reportCodes = reportCodesOf(reportsByDate, factTable);
  const reportsById = lazily(() => new Map(dataset.reports.map((r) => [r.id, r])));
  const factTestsByReport = lazily(() => testColumnsInOrder(factTable, factRowsByReport));
  const concerning = lazily(() =>
    reportsConcerningUnit(reportsByDate, factTable, factRowsByReport, reportCodes),
  );
  return {
    dataset,
    units: indexUnits(dataset.units),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    get reportsById() {
      return reportsById();
    },
    reportsByDate,
    reportsByUnit: groupBy(reportsByDate, (r) => r.unitId),
    factTable,
    reportTable,
    reportCodes,
    factRowsByReport,
    get factTestsByReport() {
      return factTestsByReport();
    },
    get reportsConcerningUnit() {
      return concerning();
    },
    years: [...years].sort((a, b) => a - b),
    localReportIds,
  };
}

/** Builds ahead what a first filter change reads (see `indexDataset`). */
export function prepareForFilters(index: DatasetIndex): void {
  void index.reportsById;
  void index.factTestsByReport;
  void index.reportsConcerningUnit;
}
