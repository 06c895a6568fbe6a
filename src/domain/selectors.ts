import { factsOfReport, type DatasetIndex } from './dataset-index';
import { reportHeadline, type ReportHeadline } from './headline';
import type { Report } from './schema/report';
import { reportRows as reportTableRows } from './aggregate/report-table';
import type { Unit } from './schema/unit';
import { ancestorsOf } from './units';

export interface ReportRow {
  report: Report;
  unit: Unit | undefined;
  headline: ReportHeadline;
  /** Added by an analyst in this browser rather than shipped with the data. */
  local: boolean;
  /** The place in the index's newest-first order (ties by id). */
  position: number;
  /** The conference's day as yyyymmdd, from the index's report table. */
  day: number;
}

/**
 * The headline is worked out when a list first shows the row: a list shows 20 of 100,000.
 * A class, so that 100,000 rows share one getter instead of each making its own closure.
 */
class LazyReportRow implements ReportRow {
  readonly unit: Unit | undefined;
  readonly local: boolean;
  readonly day: number;
  private figures: ReportHeadline | undefined;

  constructor(
    private readonly index: DatasetIndex,
    readonly report: Report,
    readonly position: number,
  ) {
    this.day = index.reportTable.date[position]!;
    this.unit = index.units.byId.get(report.unitId);
    this.local = index.localReportIds.has(report.id);
  }

  get headline(): ReportHeadline {
    return (this.figures ??= reportHeadline(factsOfReport(this.index, this.report.id)));
  }
}

/** One row per conference, newest first, with the figures a list shows. */
export function reportRows(index: DatasetIndex): ReportRow[] {
  return index.reportsByDate.map((report, position) => new LazyReportRow(index, report, position));
}

/**
 * The rows of some of the reports, in their order. A filter's reports know their places in
 * the index, where the rows stand too; any other list is walked side by side with the rows,
 * or looked up report by report.
 */
export function rowsOfReports(rows: readonly ReportRow[], reports: readonly Report[]): ReportRow[] {
  const { table, rows: places } = reportTableRows(reports);
  if (rows.length === table.reports.length) {
    const placed = Array.from(places, (p) => rows[p]!);
    if (placed.every((row, k) => row.report === reports[k])) return placed;
  }
  const found: ReportRow[] = [];
  let p = 0;
  for (let k = 0; k < reports.length; k++) {
    const report = reports[k];
    while (p < rows.length && rows[p]!.report !== report) p++;
    if (p === rows.length) break;
    found.push(rows[p++]!);
  }
  if (found.length === reports.length) return found;
  const rowOf = new Map(rows.map((row) => [row.report, row]));
  return reports.flatMap((report) => rowOf.get(report) ?? []);
}

/** Everything the report page shows about one conference. */
export function reportDetail(index: DatasetIndex, reportId: string) {
  const report = index.reportsById.get(reportId);
  if (!report) return undefined;
  return {
    report,
    unit: index.units.byId.get(report.unitId),
    unitPath: ancestorsOf(index.units, report.unitId),
    source: index.sourcesById.get(report.sourceId),
    local: index.localReportIds.has(reportId),
    facts: factsOfReport(index, reportId),
    otherReports: (index.reportsByUnit.get(report.unitId) ?? []).filter((r) => r.id !== reportId),
  };
}
export type ReportDetail = NonNullable<ReturnType<typeof reportDetail>>;
