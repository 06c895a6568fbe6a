/**
 * The dashboard's aggregations (src/domain/aggregate/) over every fact of a dataset, beside a
 * bare single pass over the same facts: how far the real work is from the least it could be.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { awardSummary } from '../../src/domain/aggregate/awards';
import { coverageSummary } from '../../src/domain/aggregate/coverage';
import { educationSummary } from '../../src/domain/aggregate/education';
import { exercisesOverTime } from '../../src/domain/aggregate/exercises';
import { selectFacts } from '../../src/domain/aggregate/fact-selection';
import { headlineTotals } from '../../src/domain/aggregate/headline-totals';
import { unitValues } from '../../src/domain/aggregate/map-values';
import { recruitmentSummary } from '../../src/domain/aggregate/recruitment';
import { COVERAGE_ROWS, TOP_UNITS } from '../../src/features/charts/chart-props';
import { indexDataset, type DatasetIndex } from '../../src/domain/dataset-index';
import { parseDataset } from '../../src/domain/parse-dataset';
import { emptyFilter, filterReports } from '../../src/domain/report-filter';
import type { FactRows } from '../../src/domain/aggregate/fact-rows';

export interface AggregationFigures {
  facts: number;
  loadMs: number;
  /** Medians, which include the garbage collections the runs set off. */
  aggregateMs: number;
  barePassMs: number;
  /** The fastest runs: the work itself. */
  aggregateFastestMs: number;
  barePassFastestMs: number;
}

/** What every panel of the unfiltered dashboard computes, map layer included. */
function aggregateAll(index: DatasetIndex, reports: ReturnType<typeof filterReports>) {
  const facts = selectFacts(index, emptyFilter, reports);
  const recruitment = recruitmentSummary(facts);
  const education = educationSummary(facts);
  const awards = awardSummary(facts);
  return [
    headlineTotals(facts),
    recruitment.top(TOP_UNITS),
    exercisesOverTime(facts, 'year'),
    education.top(TOP_UNITS),
    awards.rows,
    coverageSummary(reports).most(COVERAGE_ROWS),
    unitValues(reports, facts, 'reports'),
  ];
}

/**
 * One loop over the selected facts reading each one's category and value, from the same
 * columns the aggregations read: the floor any aggregation stands on.
 */
function barePass({ table, rows }: FactRows) {
  const sums = new Float64Array(16);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const value = table.value[i]!;
    sums[table.category[i]!]! += Number.isNaN(value) ? 1 : value;
  }
  return sums;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

function timeRuns(runs: number, work: () => unknown): { median: number; fastest: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return { median: median(times), fastest: Math.min(...times) };
}

export function measureAggregation(file: string): AggregationFigures {
  const started = performance.now();
  const { dataset, factWire } = parseDataset(JSON.parse(readFileSync(file, 'utf8')), file);
  const index = indexDataset(dataset, new Set(), factWire);
  const loadMs = performance.now() - started;
  const reports = filterReports(index, emptyFilter);
  const runs = 31;
  // Warm both up first, so neither pays for the compiler.
  const selected = selectFacts(index, emptyFilter, reports);
  aggregateAll(index, reports);
  barePass(selected);
  const aggregate = timeRuns(runs, () => aggregateAll(index, reports));
  const bare = timeRuns(runs, () => barePass(selected));
  return {
    facts: dataset.facts.length,
    loadMs,
    aggregateMs: aggregate.median,
    barePassMs: bare.median,
    aggregateFastestMs: aggregate.fastest,
    barePassFastestMs: bare.fastest,
  };
}

// Run alone (`tsx tests/bench/aggregation.ts FILE`), it prints its figures as JSON: the bench
// measures in a fresh process, whose timings do not depend on what the bench loaded before.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  console.log(JSON.stringify(measureAggregation(process.argv[2]!)));
