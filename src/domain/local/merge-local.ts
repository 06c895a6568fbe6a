import { concatLazy, idOfItem } from '@/lib/lazy-list';
import type { RejectedRecord } from '../parse-dataset';
import type { Dataset } from '../schema/dataset';
import type { Fact } from '../schema/fact';
import type { LocalEntry } from '../schema/local-entry';
import type { Source } from '../schema/provenance';
import type { Report } from '../schema/report';

export const LOCAL_STORE_NAME = 'IndexedDB';

export interface MergedDataset {
  dataset: Dataset;
  localReportIds: ReadonlySet<string>;
  rejected: RejectedRecord[];
}

/**
 * The built-in data with the reports added in this browser. A local record that would
 * overwrite a built-in one, or points at a unit the table does not hold, is left out and
 * reported; the built-in data always wins.
 */
export function mergeLocalEntries(base: Dataset, entries: readonly LocalEntry[]): MergedDataset {
  if (entries.length === 0) return { dataset: base, localReportIds: new Set(), rejected: [] };
  const unitIds = new Set(base.units.map((u) => u.id));
  const reportIds = new Set(base.reports.map((r) => r.id));
  const factIds = new Set<string>();
  for (let i = 0; i < base.facts.length; i++) factIds.add(idOfItem(base.facts, i));
  const sourceIds = new Set(base.sources.map((s) => s.id));
  const sources: Source[] = [];
  const reports: Report[] = [];
  const facts: Fact[] = [];
  const localReportIds = new Set<string>();
  const rejected: RejectedRecord[] = [];
  const reject = (
    collection: RejectedRecord['collection'],
    index: number,
    recordId: string,
    field: string,
    message: string,
  ) => rejected.push({ file: LOCAL_STORE_NAME, collection, index, recordId, field, message });

  entries.forEach((entry, index) => {
    const { report } = entry;
    if (reportIds.has(report.id)) {
      reject('reports', index, report.id, 'id', 'the id is already taken by another report');
      return;
    }
    if (!unitIds.has(report.unitId)) {
      reject('reports', index, report.id, 'unitId', `refers to unknown id "${report.unitId}"`);
      return;
    }
    reportIds.add(report.id);
    localReportIds.add(report.id);
    reports.push(report);
    if (!sourceIds.has(entry.source.id)) {
      sourceIds.add(entry.source.id);
      sources.push(entry.source);
    }
    for (const fact of entry.facts) {
      if (factIds.has(fact.id)) {
        reject('facts', index, fact.id, 'id', 'the id is already taken by another fact');
      } else if (!unitIds.has(fact.unitId)) {
        reject('facts', index, fact.id, 'unitId', `refers to unknown id "${fact.unitId}"`);
      } else {
        factIds.add(fact.id);
        facts.push(fact);
      }
    }
  });

  return {
    dataset: {
      ...base,
      sources: [...base.sources, ...sources],
      reports: [...base.reports, ...reports],
      facts: concatLazy(base.facts, facts),
    },
    localReportIds,
    rejected,
  };
}
