import type { Period } from '../schema/period';
import type { Report } from '../schema/report';
import { compareCodes } from '../text';

export interface CoverageRow {
  unitId: string;
  spans: { period: Period; reportId: string; kinds: Report['kinds'] }[];
  /** Stretches between the first and last reviewed period that no report reviews. */
  gaps: { start: string; end: string }[];
}

const shiftDay = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
// Reports share a few hundred period bounds: each shift is worked out once.
const shifted = new Map<string, string>();
const cachedShift = (iso: string, days: number) => {
  const key = `${days}${iso}`;
  let day = shifted.get(key);
  if (day === undefined) {
    day = shiftDay(iso, days);
    if (shifted.size < 50_000) shifted.set(key, day);
  }
  return day;
};
const dayAfter = (iso: string) => cachedShift(iso, 1);
const dayBefore = (iso: string) => cachedShift(iso, -1);

/** Which units reported on which periods, and where their record has holes. */
export function reportCoverage(reports: readonly Report[]): CoverageRow[] {
  const byUnit = new Map<string, CoverageRow>();
  for (const report of reports) {
    if (!report.periodReviewed) continue;
    let row = byUnit.get(report.unitId);
    if (!row) {
      row = { unitId: report.unitId, spans: [], gaps: [] };
      byUnit.set(report.unitId, row);
    }
    row.spans.push({ period: report.periodReviewed, reportId: report.id, kinds: report.kinds });
  }
  for (const row of byUnit.values()) {
    row.spans.sort((a, b) => compareCodes(a.period.start, b.period.start));
    let coveredTo: string | undefined;
    for (const { period } of row.spans) {
      if (coveredTo !== undefined && period.start > dayAfter(coveredTo)) {
        row.gaps.push({ start: dayAfter(coveredTo), end: dayBefore(period.start) });
      }
      if (coveredTo === undefined || period.end > coveredTo) coveredTo = period.end;
    }
  }
  return [...byUnit.values()].sort((a, b) => compareCodes(a.unitId, b.unitId));
}
