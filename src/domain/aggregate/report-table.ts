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

/** "2024-03-31" as 20240331. */
export const dayNumber = (iso: string) =>
  Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));

function buildReportTable(reports: readonly Report[]): ReportTable {
  const units = new Codes();
  return {
    reports,
    unit: Uint32Array.from(reports, (report) => units.code(report.unitId)),
    units,
    reviewed: Uint8Array.from(reports, (report) => (report.periodReviewed ? 1 : 0)),
    date: Uint32Array.from(reports, (report) => dayNumber(report.date)),
    reviewedStart: Uint32Array.from(reports, (r) =>
      r.periodReviewed ? dayNumber(r.periodReviewed.start) : 0,
    ),
    reviewedEnd: Uint32Array.from(reports, (r) =>
      r.periodReviewed ? dayNumber(r.periodReviewed.end) : 0,
    ),
  };
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
