/**
 * Writes a synthetic dataset for load tests to bench-data/ (ignored by git, never public/):
 *   npm run gen:synthetic -- --reports 100000 --seed 1 [--out bench-data/synthetic-100k.json]
 *     [--layout columns|records]
 * The same seed always gives the same file.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeColumnarDataset } from '../../src/domain/dataset-columns';
import { generateSyntheticDataset } from './dataset';

export function defaultOutFile(reports: number, seed: number): string {
  const size = reports % 1000 === 0 ? `${reports / 1000}k` : String(reports);
  return `bench-data/synthetic-${size}${seed === 1 ? '' : `-seed${seed}`}.json`;
}

export type Layout = 'columns' | 'records';

/**
 * Columns by default, the layout a national deployment serves (src/domain/columnar.ts);
 * records (one object each, as in public/data) on request, written record by record because
 * a million facts as one string would pass V8's string limit.
 */
export function writeDataset(
  file: string,
  dataset: ReturnType<typeof generateSyntheticDataset>,
  layout: Layout = 'columns',
) {
  mkdirSync(dirname(file), { recursive: true });
  if (layout === 'columns') {
    writeFileSync(file, JSON.stringify(encodeColumnarDataset(dataset)) + '\n');
    return;
  }
  const fd = openSync(file, 'w');
  try {
    const { sources, units, reports, facts, ...head } = dataset;
    writeSync(fd, JSON.stringify(head).slice(0, -1));
    for (const [name, records] of Object.entries({ sources, units, reports, facts })) {
      writeSync(fd, `,${JSON.stringify(name)}:[`);
      for (let i = 0; i < records.length; i += 5000)
        writeSync(
          fd,
          (i > 0 ? ',' : '') +
            records
              .slice(i, i + 5000)
              .map((r) => JSON.stringify(r))
              .join(','),
        );
      writeSync(fd, ']');
    }
    writeSync(fd, '}\n');
  } finally {
    closeSync(fd);
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      layout: { type: 'string', default: 'columns' },
    },
  });
  const reports = Number(values.reports);
  const seed = Number(values.seed);
  if (!Number.isInteger(reports) || reports < 0 || !Number.isInteger(seed))
    throw new Error('--reports and --seed take whole numbers');
  const out = resolve(values.out ?? defaultOutFile(reports, seed));
  if (/[\\/]public[\\/]/.test(out)) throw new Error('synthetic data never goes into public/');
  const dataset = generateSyntheticDataset({ reports, seed });
  if (values.layout !== 'columns' && values.layout !== 'records')
    throw new Error('--layout is columns or records');
  writeDataset(out, dataset, values.layout);
  console.log(
    `${out}: ${dataset.reports.length} reports, ${dataset.facts.length} facts, ${dataset.units.length} units (synthetic, seed ${seed})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
