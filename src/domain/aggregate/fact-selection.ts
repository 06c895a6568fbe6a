import type { DatasetIndex } from '../dataset-index';
import { factTopic } from '../fact-topic';
import { coveredUnitIds, selectionRange, type ReportFilter } from '../report-filter';
import type { Fact } from '../schema/fact';
import type { Report } from '../schema/report';

/**
 * The facts the charts count: those of the matching reports that are about the selected
 * units (a city's own figures are not a district's), fall in the selected period, and
 * belong to the selected topics.
 */
export function selectFacts(
  index: DatasetIndex,
  filter: ReportFilter,
  reports: readonly Report[],
): Fact[] {
  const units = coveredUnitIds(index, filter.unitIds);
  const range = filter.period ? selectionRange(filter.period) : null;
  const topics = filter.topics.length > 0 ? new Set(filter.topics) : null;
  const facts: Fact[] = [];
  for (const report of reports) {
    for (const fact of index.factsByReport.get(report.id) ?? []) {
      if (units && !units.has(fact.unitId)) continue;
      if (range && (fact.period.end < range.start || fact.period.start > range.end)) continue;
      if (topics && !topics.has(factTopic(fact))) continue;
      if (
        fact.category === 'exercises' &&
        filter.exerciseTypes.length > 0 &&
        !filter.exerciseTypes.includes(fact.exerciseType)
      )
        continue;
      facts.push(fact);
    }
  }
  return facts;
}
