import type { Report } from '../schema/report';
import { Codes, everyRowUpTo, groupRowsBy } from './fact-table';

/**
 * The reports as columns, for the panels that count reports (coverage, the map's reports
 * layer): reading a field of 100,000 report objects strewn over the heap costs far more
 * than the counting.
 */
export interface ReportTable {
  reports: readonly Report[];
  unit: Uint32Array;
  units: Codes;
  /** 1 when the report reviews a period. */
  reviewed: Uint8Array;
  /** Dates as yyyymmdd numbers, which order as the ISO strings do; 0 where there is none. */
  date: Uint32Array;
  reviewedStart: Uint32Array;
  reviewedEnd: Uint32Array;
}

const DIGITS_OF_DATE = [0, 1, 2, 3, 5, 6, 8, 9];

/** "2024-03-31" as 20240331, read digit by digit: it runs for every report at load. */
export function dayNumber(iso: string): number {
  let day = 0;
  for (const at of DIGITS_OF_DATE) day = day * 10 + iso.charCodeAt(at) - 48;
  return day;
}

function buildReportTable(reports: readonly Report[]): ReportTable {
  const units = new Codes();
  const size = reports.length;
  const table = {
    reports,
    unit: new Uint32Array(size),
    units,
    reviewed: new Uint8Array(size),
    date: new Uint32Array(size),
    reviewedStart: new Uint32Array(size),
    reviewedEnd: new Uint32Array(size),
  };
  // Plain loops: TypedArray.from with a mapping function walks an iterator, several times slower.
  for (let p = 0; p < size; p++) {
    const report = reports[p]!;
    table.unit[p] = units.code(report.unitId);
    table.date[p] = dayNumber(report.date);
    const reviewed = report.periodReviewed;
    if (reviewed) {
      table.reviewed[p] = 1;
      table.reviewedStart[p] = dayNumber(reviewed.start);
      table.reviewedEnd[p] = dayNumber(reviewed.end);
    }
  }
  return table;
}

let datasetTable: ReportTable | undefined;

/** The table of the dataset's reports, which the lists a filter takes from them reuse. */
export function buildDatasetReportTable(reports: readonly Report[]): ReportTable {
  datasetTable = buildReportTable(reports);
  return datasetTable;
}

export interface ReportRows {
  table: ReportTable;
  /** Positions in the table, ascending. */
  rows: Uint32Array;
  /** The rows of each unit code, sorted out on first use. */
  rowsOfUnit(unit: number): Uint32Array;
}

function withUnitGroups(table: ReportTable, rows: Uint32Array): ReportRows {
  let groups: { offsets: Uint32Array; order: Uint32Array } | undefined;
  return {
    table,
    rows,
    rowsOfUnit(unit) {
      groups ??= groupRowsBy(rows, table.units.values.length, (p) => table.unit[p]!);
      return groups.order.subarray(groups.offsets[unit], groups.offsets[unit + 1]);
    },
  };
}

/** A subsequence of the table's reports, found by comparing references side by side. */
function positionsIn(table: ReportTable, reports: readonly Report[]): Uint32Array | undefined {
  const rows = new Uint32Array(reports.length);
  let k = 0;
  for (let p = 0; p < table.reports.length && k < reports.length; p++)
    if (table.reports[p] === reports[k]) rows[k++] = p;
  return k === reports.length ? rows : undefined;
}

const known = new WeakMap<readonly Report[], ReportRows>();

/** Takes note of where a list taken from the table stands in it (a filter knows as it picks). */
export function rememberReportRows(
  reports: readonly Report[],
  table: ReportTable,
  positions: Uint32Array,
): void {
  known.set(reports, withUnitGroups(table, positions));
}

/** A list of reports as rows: of the dataset's table when taken from it in order, else its own. */
export function reportRows(reports: readonly Report[]): ReportRows {
  let found = known.get(reports);
  if (found) return found;
  const rows = datasetTable && positionsIn(datasetTable, reports);
  if (datasetTable && rows) found = withUnitGroups(datasetTable, rows);
  else found = withUnitGroups(buildReportTable(reports), everyRowUpTo(reports.length));
  known.set(reports, found);
  return found;
}
