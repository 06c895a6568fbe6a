import { useMemo } from 'react';
import type { DatasetIndex } from '@/domain/dataset-index';
import { blockingParts, filterReports } from '@/domain/report-filter';
import type { ReportRow } from '@/domain/selectors';
import { useFilterStore } from './filter-store';

/** The rows that pass the current filter; recomputed only when the filter or the data change. */
export function useFilteredRows(index: DatasetIndex, rows: readonly ReportRow[]) {
  const filter = useFilterStore((s) => s.filter);
  return useMemo(() => {
    const matching = new Set(filterReports(index, filter).map((r) => r.id));
    const filtered = rows.filter((row) => matching.has(row.report.id));
    return { rows: filtered, blocking: filtered.length === 0 ? blockingParts(index, filter) : [] };
  }, [index, rows, filter]);
}
