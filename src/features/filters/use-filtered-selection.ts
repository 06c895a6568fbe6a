import { useEffect, useMemo } from 'react';
import { selectFacts } from '@/domain/aggregate/fact-selection';
import { prepareForFilters, type DatasetIndex } from '@/domain/dataset-index';
import { blockingParts, filterReports } from '@/domain/report-filter';
import { rowsOfReports, type ReportRow } from '@/domain/selectors';
import { useFilterStore } from './filter-store';

/**
 * What the current filter selects: the conferences (as timeline rows and as reports) and
 * the facts the charts count. Recomputed only when the filter or the data change.
 */
export function useFilteredSelection(index: DatasetIndex, rows: readonly ReportRow[]) {
  const filter = useFilterStore((s) => s.filter);
  return useMemo(() => {
    const reports = filterReports(index, filter);
    const filteredRows = rowsOfReports(rows, reports);
    return {
      filter,
      /** The filter as text: which filter a panel shows, for the panels held out of sight. */
      filterKey: JSON.stringify(filter),
      reports,
      rows: filteredRows,
      facts: selectFacts(index, filter, reports),
      blocking: filteredRows.length === 0 ? blockingParts(index, filter) : [],
    };
  }, [index, rows, filter]);
}

/**
 * Soon after a dataset loads, builds what the first filter change reads: when the page is
 * first idle, and at the latest a moment after it shows, before a reader is likely to click.
 */
export function usePrepareForFilters(index: DatasetIndex) {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => prepareForFilters(index), { timeout: 200 });
    return () => cancelIdleCallback(idle);
  }, [index]);
}
