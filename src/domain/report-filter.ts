import type { DatasetIndex, FactTestColumns } from './dataset-index';
import {
  categoryCode,
  everyRowUpTo,
  perTable,
  type FactTable,
  type RowGroups,
} from './aggregate/fact-table';
import { dayNumber, rememberReportRows, reportRows } from './aggregate/report-table';
import { topics, type ExerciseType, type Topic } from './schema/fact';
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
  return reportInRange(report, selectionRange(period), match);
}

function reportInRange(
  report: Report,
  { start, end }: { start: string; end: string },
  match: PeriodMatch,
): boolean {
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

/** Per-code answers of a filter over the fact table: which units, topics, periods, types pass. */
export interface FactTests {
  /** null: every unit passes. */
  units: Set<string> | null;
  unitOk: Uint8Array | null;
  topicOk: Uint8Array | null;
  /** Facts of other categories pass; exercises only of the chosen types. */
  exerciseTypeOk: Uint8Array | null;
  periodOk: Uint8Array | null;
}

const exercisesCode = categoryCode('exercises');

export function factTests(index: DatasetIndex, filter: ReportFilter): FactTests {
  const table = index.factTable;
  const units = coveredUnitIds(index, filter.unitIds);
  const mark = (values: readonly string[], keep: (value: string) => boolean) => {
    // A plain loop: Uint8Array.from with a mapping function walks an iterator.
    const marks = new Uint8Array(values.length);
    for (let k = 0; k < values.length; k++) if (keep(values[k]!)) marks[k] = 1;
    return marks;
  };
  const range = filter.period ? selectionRange(filter.period) : null;
  return {
    units,
    unitOk: units && mark(table.units.values, (id) => units.has(id)),
    topicOk:
      filter.topics.length > 0
        ? mark(topics, (topic) => filter.topics.includes(topic as Topic))
        : null,
    exerciseTypeOk:
      filter.exerciseTypes.length > 0
        ? mark(table.variants.values, (v) => filter.exerciseTypes.includes(v as ExerciseType))
        : null,
    periodOk:
      range &&
      Uint8Array.from(table.periods, (p) => (p.end < range.start || p.start > range.end ? 0 : 1)),
  };
}

/** The table rows of a report's facts. */
function factRows(index: DatasetIndex, report: Report): Uint32Array {
  const code = index.factTable.reports.find(report.id);
  if (code === -1) return new Uint32Array(0);
  const { offsets, order } = index.factRowsByReport;
  return order.subarray(offsets[code], offsets[code + 1]);
}

function hasTopic(index: DatasetIndex, report: Report, topicOk: Uint8Array): boolean {
  const topic = index.factTable.topic;
  for (const i of factRows(index, report)) if (topicOk[topic[i]!]) return true;
  return false;
}

function hasExerciseOfType(index: DatasetIndex, report: Report, typeOk: Uint8Array): boolean {
  const { category, variant } = index.factTable;
  for (const i of factRows(index, report))
    if (category[i] === exercisesCode && typeOk[variant[i]!]) return true;
  return false;
}

/** Positions in `reportsByDate` a unit filter lets through, ascending; null when there is none. */
function positionsOfUnits(index: DatasetIndex, units: Set<string> | null): number[] | null {
  if (!units) return null;
  const marked = new Uint8Array(index.reportsByDate.length);
  for (const unitId of units)
    for (const position of index.reportsConcerningUnit.of(unitId)) marked[position] = 1;
  const positions: number[] = [];
  for (let p = 0; p < marked.length; p++) if (marked[p]) positions.push(p);
  return positions;
}

/**
 * The positions (ascending) of the reports whose conference, or reviewed period, meets the
 * selected range: from the report table's day numbers, in a loop of its own (a test called
 * per report through a closure took twice as long over a national list).
 */
function positionsInRange(
  index: DatasetIndex,
  filter: ReportFilter,
  among: readonly number[] | null,
): Uint32Array | null {
  if (!filter.period) return null;
  const range = selectionRange(filter.period);
  const start = dayNumber(range.start);
  const end = dayNumber(range.end);
  const { date, reviewed, reviewedStart, reviewedEnd } = index.reportTable;
  const byConference = filter.periodMatch === 'conference';
  const count = among ? among.length : date.length;
  const found = new Uint32Array(count);
  let n = 0;
  for (let k = 0; k < count; k++) {
    const p = among ? among[k]! : k;
    const meets = byConference
      ? start <= date[p]! && date[p]! <= end
      : reviewed[p] === 1 && reviewedStart[p]! <= end && start <= reviewedEnd[p]!;
    if (meets) found[n++] = p;
  }
  return found.subarray(0, n);
}

/** The reports that pass every part of the filter, in the index's newest-first order. */
export function filterReports(index: DatasetIndex, filter: ReportFilter): Report[] {
  const tests = factTests(index, filter);
  const kinds = filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  const ofUnits = positionsOfUnits(index, tests.units);
  const positions = positionsInRange(index, filter, ofUnits) ?? ofUnits;
  const count = positions ? positions.length : index.reportsByDate.length;
  const passed: Report[] = [];
  const at = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    const p = positions ? positions[k]! : k;
    const report = index.reportsByDate[p]!;
    if (kinds && !report.kinds.some((kind) => kinds.has(kind))) continue;
    if (tests.topicOk && !hasTopic(index, report, tests.topicOk)) continue;
    if (tests.exerciseTypeOk && !hasExerciseOfType(index, report, tests.exerciseTypeOk)) continue;
    at[passed.length] = p;
    passed.push(report);
  }
  // The panels that count reports read them as rows of the report table: they need not look.
  rememberReportRows(passed, index.reportTable, at.subarray(0, passed.length));
  return passed;
}

// The unfiltered dashboard selects every row: one list per table serves every such view.
const allRows = perTable((table) => everyRowUpTo(table.facts.length));

/** The fact table's codes of the reports, read at their places in the report table. */
function reportCodesOf(index: DatasetIndex, reports: readonly Report[]): number[] {
  const { reportCodes, factTable } = index;
  const { table, rows } = reportRows(reports);
  if (table !== index.reportTable)
    // Not in the index's order: look each one up.
    return reports.map((report) => factTable.reports.find(report.id)).filter((code) => code !== -1);
  const codes: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const code = reportCodes[rows[k]!]!;
    if (code !== -1) codes.push(code);
  }
  return codes;
}

/**
 * The table rows of the facts the charts count: those of the matching reports that are about
 * the selected units (a city's own figures are not a district's), fall in the selected
 * period, belong to the selected topics and, for exercises, to the selected types.
 */
export function selectFactRows(
  index: DatasetIndex,
  filter: ReportFilter,
  reports: readonly Report[],
): Uint32Array {
  const tests = factTests(index, filter);
  const table = index.factTable;
  const everything = !tests.unitOk && !tests.topicOk && !tests.exerciseTypeOk && !tests.periodOk;
  if (everything && reports.length === index.reportsByDate.length) return allRows(table);
  const codes = reportCodesOf(index, reports);
  const { offsets } = index.factRowsByReport;
  let candidates = 0;
  for (const code of codes) candidates += offsets[code + 1]! - offsets[code]!;
  // In table order: the aggregations then read every column front to back.
  const selected = new Uint32Array(candidates);
  if (candidates < table.facts.length / 8) {
    // A few reports (a unit, a quarter): their own rows, from the per-report index, marked
    // in a bit set and read back in table order (sorting them cost several times more).
    const marks = new Int32Array((table.facts.length + 31) >>> 5);
    markPassing(codes, index.factRowsByReport, index.factTestsByReport, tests, marks);
    let n = 0;
    for (let w = 0; w < marks.length; w++)
      for (let bits = marks[w]!; bits !== 0; bits &= bits - 1)
        selected[n++] = (w << 5) + 31 - Math.clz32(bits & -bits);
    return selected.subarray(0, n);
  }
  const reportOk = new Uint8Array(table.reports.values.length);
  for (const code of codes) reportOk[code] = 1;
  const n = keepPassing(table, reportOk, tests, selected);
  return n < candidates / 2 ? selected.slice(0, n) : selected.subarray(0, n);
}

/** Which codes each tested column lets through; null: that part of the filter is not set. */
type RowTests = Omit<FactTests, 'units'>;

/** Whether the fact whose tested fields stand at `k` of `columns` passes. */
function passesAt(columns: FactTestColumns, k: number, tests: RowTests): boolean {
  const { unitOk, periodOk, topicOk, exerciseTypeOk } = tests;
  return (
    (!unitOk || unitOk[columns.unit[k]!] === 1) &&
    (!periodOk || periodOk[columns.period[k]!] === 1) &&
    (!topicOk || topicOk[columns.topic[k]!] === 1) &&
    (!exerciseTypeOk ||
      columns.category[k] !== exercisesCode ||
      exerciseTypeOk[columns.variant[k]!] === 1)
  );
}

/** Marks the table rows of the reports' facts that pass, reading the columns in report order. */
function markPassing(
  codes: readonly number[],
  { offsets, order }: RowGroups,
  columns: FactTestColumns,
  tests: RowTests,
  marks: Int32Array,
): void {
  for (let c = 0; c < codes.length; c++) {
    const code = codes[c]!;
    for (let k = offsets[code]!; k < offsets[code + 1]!; k++)
      if (passesAt(columns, k, tests)) {
        const i = order[k]!;
        marks[i >>> 5]! |= 1 << (i & 31);
      }
  }
}

/** Writes to `selected` the table rows of the kept reports that pass; returns how many. */
function keepPassing(
  table: FactTable,
  reportOk: Uint8Array,
  tests: RowTests,
  selected: Uint32Array,
): number {
  const { report } = table;
  let n = 0;
  for (let i = 0; i < report.length; i++)
    if (reportOk[report[i]!] && passesAt(table, i, tests)) selected[n++] = i;
  return n;
}

/** Which single part of the filter, removed alone, would bring results back: for empty states. */
export function blockingParts(index: DatasetIndex, filter: ReportFilter): (keyof ReportFilter)[] {
  const parts: (keyof ReportFilter)[] = ['unitIds', 'period', 'kinds', 'topics', 'exerciseTypes'];
  return parts.filter((part) => {
    const relaxed = { ...filter, [part]: part === 'period' ? null : [] };
    return filterReports(index, relaxed).length > 0;
  });
}
