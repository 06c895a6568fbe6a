/**
 * The dashboard's speed, for the real dataset and for 10k and 100k synthetic reports: JS on
 * first load, first paint, a usable dashboard, filter changes, opening a report, memory, and
 * the aggregations beside a bare pass. One line per figure. Run: npm run bench
 * (BENCH_SIZES=10000 for fewer sizes, BENCH_SKIP_BUILD=1 to reuse dist/, BENCH_LOADS=1 for one load).
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { defaultOutFile, writeDataset } from '../../mocks/synthetic/cli';
import { generateSyntheticDataset } from '../../mocks/synthetic/dataset';
import { parseDataset } from '../../src/domain/parse-dataset';
import { launchBrowser } from '../support/browser';
import type { AggregationFigures } from './aggregation';
import { CATCH_UP_AFTER_MS } from '../../src/features/out-of-sight/hold-out-of-sight';
import { describeCpuBetween, readCpuTicks } from './cpu-time';
import { measureLoad, measurePage, REST_BETWEEN_CLICKS_MS, type LoadFigures } from './page-figures';
import { buildAndServe } from './serve-build';
import { percentile } from './stats';

interface Case {
  label: string;
  file: string;
  query: string;
}

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').filter(Boolean).map(Number);
const cases: Case[] = [
  { label: 'real dataset', file: 'public/data/qpdp-dataset.json', query: '' },
  ...sizes.map((reports) => {
    const file = defaultOutFile(reports, 1);
    if (!existsSync(file)) writeDataset(file, generateSyntheticDataset({ reports, seed: 1 }));
    const name = file.replace(/^bench-data\/|\.json$/g, '');
    return { label: `synthetic ${reports / 1000}k reports`, file, query: `?data=${name}` };
  }),
];

/** Twenty units and twenty periods the dataset holds, taken evenly through it (BENCH_CHANGES=n for fewer while working). */
const changeCount = Number(process.env.BENCH_CHANGES ?? 20);
/** Loads per dataset for first paint, usable and drawn (BENCH_LOADS=1 while working). */
const loadRuns = Math.max(1, Number(process.env.BENCH_LOADS ?? 5));
function changesFor(file: string) {
  const raw = parseDataset(JSON.parse(readFileSync(file, 'utf8')), file).dataset;
  const units = [...new Set(raw.reports.map((r) => r.unitId))].sort();
  const years = [...new Set(raw.reports.map((r) => Number(r.periodReviewed?.start.slice(0, 4))))]
    .filter(Number.isFinite)
    .sort();
  // Evenly through the list, or round it when it is short: never the same twice in a row.
  const take = <T>(items: T[], n: number) =>
    Array.from(
      { length: n },
      (_, i) => items[items.length >= n ? Math.floor((i * items.length) / n) : i % items.length]!,
    );
  const periods = take(years, changeCount).map((y, i) =>
    i % 2 ? `${y}-Q${(i % 4) + 1}` : String(y),
  );
  return { units: take(units, changeCount), periods };
}

const ms = (v: number) => `${Math.round(v)} ms`;

const chromiumVersion = execFileSync(
  process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  ['--version'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
).trim();
console.log(
  `machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? ''}; headless ${chromiumVersion}`,
);
const { url, server } = await buildAndServe();
const browser = await launchBrowser();
try {
  for (const { label, file, query } of cases) {
    const cpuBefore = readCpuTicks();
    const page = await measurePage(browser, `${url}/${query}`, changesFor(file));
    const line = (figure: string) => console.log(`${label}: ${figure}`);
    line(`JS on first load ${page.initialJsKb.toFixed(0)} KB gz (${page.initialJsFiles} files)`);
    line(`JS with the map and every chunk the dashboard loads ${page.allJsKb.toFixed(0)} KB gz`);
    // A load varies by a few hundred ms from one to the next on this machine: the median of several.
    const loads: LoadFigures[] = [page];
    for (let run = 1; run < loadRuns; run++)
      loads.push(await measureLoad(browser, `${url}/${query}`));
    const ofLoads = (figure: (load: LoadFigures) => number) => {
      const times = loads.map(figure);
      return loads.length === 1
        ? ms(times[0]!)
        : `${ms(percentile(times, 0.5))} (median of ${loads.length} loads, ${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} ms)`;
    };
    line(`first contentful paint ${ofLoads((load) => load.fcpMs)}`);
    line(`usable dashboard ${ofLoads((load) => load.usableMs)}`);
    line(`every panel drawn (charts and map) ${ofLoads((load) => load.allDrawnMs)}`);
    const backToBack = ', each as soon as the last was painted';
    const spaced = `, each ${REST_BETWEEN_CLICKS_MS} ms after the last was painted`;
    for (const [what, spacing, times] of [
      ['unit', backToBack, page.unitChangeMs],
      ['period', backToBack, page.periodChangeMs],
      ['unit', spaced, page.spacedUnitChangeMs],
      ['period', spaced, page.spacedPeriodChangeMs],
    ] as const)
      line(
        `${what} change to the panels in sight updated${spacing}: median ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}, slowest ${ms(Math.max(...times))} (${times.length} changes${spacing === backToBack ? `; the first after load ${ms(times[0] ?? NaN)}` : ''})`,
      );
    line(
      `unit change to every panel updated, those out of sight after the filter rests ${CATCH_UP_AFTER_MS} ms: median ${ms(percentile(page.everyPanelChangeMs, 0.5))}, slowest ${ms(Math.max(...page.everyPanelChangeMs))} (${page.everyPanelChangeMs.length} changes)`,
    );
    line(
      `a change at the top, then straight to a panel, until it shows the change: median ${ms(percentile(page.scrollDrawMs, 0.5))}, slowest ${ms(Math.max(...page.scrollDrawMs))} (${page.scrollDrawMs.length} panels, ${page.scrollHeldPanels} of them held out of sight)`,
    );
    line(`open a report page ${ms(page.reportOpenMs)}`);
    line(
      `JS memory after load ${(page.heapMb + page.backingStoreMb).toFixed(0)} MB: heap ${page.heapMb.toFixed(0)} MB, array buffers ${page.backingStoreMb.toFixed(0)} MB`,
    );
    const cpu = describeCpuBetween(cpuBefore, readCpuTicks());
    if (cpu) line(`CPU time while the browser figures above were taken: ${cpu}`);
  }
} finally {
  await browser.close();
  await server.close();
}
// In a fresh process each, once the browser has gone: in this one, with the browser and its
// driver loaded, the same loops ran up to half as fast again, and not evenly.
const cpuBeforeAggregation = readCpuTicks();
for (const { label, file } of cases) {
  const agg = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'tests/bench/aggregation.ts', file], {
      encoding: 'utf8',
    }),
  ) as AggregationFigures;
  console.log(
    `${label}: aggregation of ${agg.facts} facts ${agg.aggregateMs.toFixed(1)} ms, bare pass ${agg.barePassMs.toFixed(1)} ms, ratio ${(agg.aggregateMs / agg.barePassMs).toFixed(1)}× (node, medians; fastest runs ${agg.aggregateFastestMs.toFixed(1)} / ${agg.barePassFastestMs.toFixed(1)} ms, ${(agg.aggregateFastestMs / agg.barePassFastestMs).toFixed(1)}×)`,
  );
}
const aggregationCpu = describeCpuBetween(cpuBeforeAggregation, readCpuTicks());
if (aggregationCpu) console.log(`CPU time while the aggregations were measured: ${aggregationCpu}`);
