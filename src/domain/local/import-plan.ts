import { parseDataset, type RejectedRecord } from '../parse-dataset';
import type { Dataset } from '../schema/dataset';
import type { Fact } from '../schema/fact';
import type { LocalEntry } from '../schema/local-entry';
import type { Report } from '../schema/report';
import type { Unit } from '../schema/unit';

export type ImportMode = 'merge' | 'replace';

/**
 * What importing one report of the file would do: `add` a new one, `update` the local report
 * with its id, nothing when it is `unchanged` or its id belongs to a `builtin` report, and
 * `similar` when another report already has its unit, date and a kind (a probable duplicate
 * under another id: left out unless the analyst keeps it).
 */
export type ImportAction = 'add' | 'update' | 'unchanged' | 'builtin' | 'similar';

export interface ImportRow {
  entry: LocalEntry;
  action: ImportAction;
  /** The report it clashes with or resembles. */
  otherId?: string;
  /** Whether it is imported unless the analyst changes it. */
  selectedByDefault: boolean;
}

export interface ImportPlan {
  mode: ImportMode;
  rows: ImportRow[];
  rejected: RejectedRecord[];
  /** Local reports the import deletes by default (replace mode: those the file does not hold). */
  removed: LocalEntry[];
  localIds: string[];
}

export interface ImportContext {
  /** The unit table: the file's own copies of units are ignored, so references must resolve here. */
  units: readonly Unit[];
  builtinReports: readonly Report[];
  local: readonly LocalEntry[];
  savedAt: string;
}

/** One entry per report of a dataset, with the source and facts that belong to it. */
export function entriesFromDataset(dataset: Dataset, savedAt: string): LocalEntry[] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const factsByReport = new Map<string, Fact[]>();
  for (const fact of dataset.facts) {
    const list = factsByReport.get(fact.reportId);
    if (list) list.push(fact);
    else factsByReport.set(fact.reportId, [fact]);
  }
  return dataset.reports.flatMap((report) => {
    const source = sources.get(report.sourceId);
    if (!source) return [];
    return [{ report, source, facts: factsByReport.get(report.id) ?? [], spans: {}, savedAt }];
  });
}

/** JSON with every object's keys sorted: equal content, equal text, whatever built the object. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const contentOf = (entry: LocalEntry) =>
  canonical([entry.report, entry.source, [...entry.facts].sort((a, b) => (a.id < b.id ? -1 : 1))]);

export function resemblesReport(a: Report, b: Report): boolean {
  return (
    a.id !== b.id &&
    a.unitId === b.unitId &&
    a.date === b.date &&
    a.kinds.some((kind) => b.kinds.includes(kind))
  );
}

/**
 * Reads a dataset file and says, report by report, what importing it would change. Throws
 * `DatasetFormatError` when the file is not a dataset at all.
 */
export function planImport(
  raw: unknown,
  fileName: string,
  mode: ImportMode,
  context: ImportContext,
): ImportPlan {
  const withTable =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...raw, units: context.units } : raw;
  const { dataset, rejected } = parseDataset(withTable, fileName);
  const incoming = entriesFromDataset(dataset, context.savedAt);
  const builtinIds = new Set(context.builtinReports.map((r) => r.id));
  const localById = new Map(context.local.map((e) => [e.report.id, e]));
  const compareWith = [
    ...context.builtinReports,
    ...(mode === 'merge' ? context.local.map((e) => e.report) : []),
  ];

  const rows = incoming.map((entry): ImportRow => {
    const { report } = entry;
    if (builtinIds.has(report.id))
      return { entry, action: 'builtin', otherId: report.id, selectedByDefault: false };
    const existing = localById.get(report.id);
    if (existing) {
      return contentOf(existing) === contentOf(entry)
        ? { entry, action: 'unchanged', otherId: report.id, selectedByDefault: false }
        : { entry, action: 'update', otherId: report.id, selectedByDefault: true };
    }
    const similar = compareWith.find((other) => resemblesReport(report, other));
    if (similar) return { entry, action: 'similar', otherId: similar.id, selectedByDefault: false };
    return { entry, action: 'add', selectedByDefault: true };
  });

  const kept = new Set(incoming.map((e) => e.report.id));
  const removed = mode === 'replace' ? context.local.filter((e) => !kept.has(e.report.id)) : [];
  return { mode, rows, rejected, removed, localIds: context.local.map((e) => e.report.id) };
}

export const importable = (action: ImportAction) =>
  action === 'add' || action === 'update' || action === 'similar';

/**
 * The writes an import makes: the rows chosen (among those that can be); in replace mode,
 * every other local report is deleted, except those the file holds unchanged.
 */
export function importChanges(plan: ImportPlan, chosen: ReadonlySet<string>) {
  const put = plan.rows
    .filter((row) => importable(row.action) && chosen.has(row.entry.report.id))
    .map((row) => row.entry);
  if (plan.mode === 'merge') return { put, remove: [] };
  const kept = new Set(put.map((e) => e.report.id));
  for (const row of plan.rows) if (row.action === 'unchanged') kept.add(row.entry.report.id);
  return { put, remove: plan.localIds.filter((id) => !kept.has(id)) };
}
