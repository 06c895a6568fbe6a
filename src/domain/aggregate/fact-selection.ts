import type { DatasetIndex } from '../dataset-index';
import { selectFactRows, type ReportFilter } from '../report-filter';
import type { Report } from '../schema/report';
import { FactRows } from './fact-rows';

/** The facts the charts count (see `selectFactRows`), as rows of the dataset's table. */
export function selectFacts(
  index: DatasetIndex,
  filter: ReportFilter,
  reports: readonly Report[],
): FactRows {
  return new FactRows(index.factTable, selectFactRows(index, filter, reports));
}
