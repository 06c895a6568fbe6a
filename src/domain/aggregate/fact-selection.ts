import type { DatasetIndex } from '../dataset-index';
import { selectFactRows, type ReportFilter } from '../report-filter';
import type { Fact } from '../schema/fact';
import type { Report } from '../schema/report';
import { factsOf } from './fact-table';

/**
 * The facts the charts count (see `selectFactRows`), as the list every panel takes; the
 * aggregations find the table's columns behind it.
 */
export function selectFacts(
  index: DatasetIndex,
  filter: ReportFilter,
  reports: readonly Report[],
): Fact[] {
  return factsOf(index.factTable, selectFactRows(index, filter, reports));
}
