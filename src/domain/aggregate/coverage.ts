import type { Period } from '../schema/period';
import type { Report } from '../schema/report';
import { compareCodes } from '../text';
import { reportRows, type ReportTable } from './report-table';
import { bestOf } from './top-n';

export interface CoverageRow {
  unitId: string;
  spans: { period: Period; reportId: string; kinds: Report['kinds'] }[];
  /** Stretches between the first and last reviewed period that no report reviews. */
  gaps: { start: string; end: string }[];
  /** The stretches between the gaps, each with how many reports review part of it. */
  runs: { start: string; end: string; count: number }[];
}

const shiftDay = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
// Reports share a few hundred period bounds: each shift is worked out once.
function cachedShift(days: number) {
  const shifted = new Map<string, string>();
  return (iso: string) => {
    let day = shifted.get(iso);
    if (day === undefined) {
      day = shiftDay(iso, days);
      if (shifted.size < 50_000) shifted.set(iso, day);
    }
    return day;
  };
}
const dayAfter = cachedShift(1);
const dayBefore = cachedShift(-1);

/** `held`: reports that review a period, in the order of the periods' starts. */
function coverageOf(unitId: string, held: readonly Report[]): CoverageRow {
  const row: CoverageRow = { unitId, spans: [], gaps: [], runs: [] };
  for (const report of held)
    row.spans.push({ period: report.periodReviewed!, reportId: report.id, kinds: report.kinds });
  let run: CoverageRow['runs'][number] | undefined;
  for (const { period } of row.spans) {
    if (run && period.start > dayAfter(run.end)) {
      row.gaps.push({ start: dayAfter(run.end), end: dayBefore(period.start) });
      row.runs.push(run);
      run = undefined;
    }
    if (!run) run = { start: period.start, end: period.end, count: 0 };
    if (period.end > run.end) run.end = period.end;
    run.count += 1;
  }
  if (run) row.runs.push(run);
  return row;
}

// Day numbers (yyyymmdd) times 2^25 stay below 2^53: exact as doubles.
const POSITIONS = 2 ** 25;

/**
 * The reports among `rows` that review a period, by the period's start (table order on a
 * tie). Sorted as numbers, start and position in one key: a comparator sort took a
 * millisecond for the chart's thirty units at national scale.
 */
function reviewedInOrder(table: ReportTable, rows: Uint32Array): Report[] {
  const keys = new Float64Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const p = rows[k]!;
    if (table.reviewed[p]) keys[n++] = table.reviewedStart[p]! * POSITIONS + p;
  }
  const sorted = keys.subarray(0, n).sort();
  const held: Report[] = [];
  for (let k = 0; k < n; k++) held.push(table.reports[sorted[k]! % POSITIONS]!);
  return held;
}

export interface CoverageSummary {
  /** Units with at least one report that reviews a period. */
  unitCount: number;
  /** The `n` units with the most reviewed periods, by unit id: what the chart draws. */
  most(n: number): CoverageRow[];
  /** Every unit, by unit id: the table. Built when first read. */
  rows(): CoverageRow[];
}

/** Which units reported on which periods, and where their record has holes. */
export function coverageSummary(reports: readonly Report[]): CoverageSummary {
  const { table, rows, rowsOfUnit } = reportRows(reports);
  const spanCounts = new Uint32Array(table.units.values.length);
  const units: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const p = rows[k]!;
    if (table.reviewed[p] && spanCounts[table.unit[p]!]!++ === 0) units.push(table.unit[p]!);
  }
  const idOf = (unit: number) => table.units.values[unit]!;
  const rowOf = (unit: number) => coverageOf(idOf(unit), reviewedInOrder(table, rowsOfUnit(unit)));
  let all: CoverageRow[] | undefined;
  return {
    unitCount: units.length,
    most(n) {
      const counts = units.map((unit) => spanCounts[unit]!);
      const best = bestOf(counts, n, (a, b) => compareCodes(idOf(units[a]!), idOf(units[b]!))).map(
        (k) => units[k]!,
      );
      return best.sort((a, b) => compareCodes(idOf(a), idOf(b))).map(rowOf);
    },
    rows() {
      all ??= [...units].sort((a, b) => compareCodes(idOf(a), idOf(b))).map(rowOf);
      return all;
    },
  };
}
