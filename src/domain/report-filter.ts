import type { DatasetIndex } from './dataset-index';
import type { ExerciseType, Topic } from './schema/fact';
import type { Report, ReportKind } from './schema/report';
import { subtreeIds } from './units';

/** A period the user picks: a calendar year, quarter or half, or any date range. */
export type PeriodSelection =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'range'; start: string; end: string };

/** Reports match a period by the span they review, or by the day the conference sat. */
export type PeriodMatch = 'reviewed' | 'conference';

export interface ReportFilter {
  /** Each selected unit brings everything beneath it. Empty: every unit. */
  unitIds: string[];
  period: PeriodSelection | null;
  periodMatch: PeriodMatch;
  kinds: ReportKind[];
  topics: Topic[];
  /** Reports with at least one exercise of these types (chosen from the exercise chart). */
  exerciseTypes: ExerciseType[];
}

export const emptyFilter: ReportFilter = {
  unitIds: [],
  period: null,
  periodMatch: 'reviewed',
  kinds: [],
  topics: [],
  exerciseTypes: [],
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function selectionRange(period: PeriodSelection): { start: string; end: string } {
  switch (period.kind) {
    case 'year':
      return { start: `${period.year}-01-01`, end: `${period.year}-12-31` };
    case 'quarter': {
      const first = (period.quarter - 1) * 3 + 1;
      const last = first + 2;
      return {
        start: `${period.year}-${pad(first)}-01`,
        end: `${period.year}-${pad(last)}-${pad(lastDay(period.year, last))}`,
      };
    }
    case 'half':
      return period.half === 1
        ? { start: `${period.year}-01-01`, end: `${period.year}-06-30` }
        : { start: `${period.year}-07-01`, end: `${period.year}-12-31` };
    case 'range':
      return { start: period.start, end: period.end };
  }
}

export function reportInPeriod(
  report: Report,
  period: PeriodSelection,
  match: PeriodMatch,
): boolean {
  const { start, end } = selectionRange(period);
  if (match === 'conference') return start <= report.date && report.date <= end;
  const reviewed = report.periodReviewed;
  return reviewed !== null && reviewed.start <= end && start <= reviewed.end;
}

/** The units a filter covers: the selected ones and all beneath them; null means all. */
export function coveredUnitIds(
  index: DatasetIndex,
  unitIds: readonly string[],
): Set<string> | null {
  if (unitIds.length === 0) return null;
  const covered = new Set<string>();
  for (const id of unitIds) for (const sub of subtreeIds(index.units, id)) covered.add(sub);
  return covered;
}

/** A report concerns a unit it was held by, or one its facts are about (an exercise in a commune). */
function concernsUnits(index: DatasetIndex, report: Report, units: Set<string>): boolean {
  if (units.has(report.unitId)) return true;
  for (const unitId of index.factUnitsByReport.get(report.id) ?? [])
    if (units.has(unitId)) return true;
  return false;
}

/** The reports that pass every part of the filter, in the index's newest-first order. */
export function filterReports(index: DatasetIndex, filter: ReportFilter): Report[] {
  const units = coveredUnitIds(index, filter.unitIds);
  const kinds = filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  return index.reportsByDate.filter((report) => {
    if (units && !concernsUnits(index, report, units)) return false;
    if (filter.period && !reportInPeriod(report, filter.period, filter.periodMatch)) return false;
    if (kinds && !report.kinds.some((k) => kinds.has(k))) return false;
    if (filter.topics.length > 0) {
      const topics = index.topicsByReport.get(report.id);
      if (!topics || !filter.topics.some((t) => topics.has(t))) return false;
    }
    if (filter.exerciseTypes.length > 0) {
      const facts = index.factsByReport.get(report.id) ?? [];
      if (
        !facts.some(
          (f) => f.category === 'exercises' && filter.exerciseTypes.includes(f.exerciseType),
        )
      )
        return false;
    }
    return true;
  });
}

/** Which single part of the filter, removed alone, would bring results back: for empty states. */
export function blockingParts(index: DatasetIndex, filter: ReportFilter): (keyof ReportFilter)[] {
  const parts: (keyof ReportFilter)[] = ['unitIds', 'period', 'kinds', 'topics', 'exerciseTypes'];
  return parts.filter((part) => {
    const relaxed = { ...filter, [part]: part === 'period' ? null : [] };
    return filterReports(index, relaxed).length > 0;
  });
}
