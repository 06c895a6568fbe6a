/**
 * Extraction benchmark: time per input (median, 95th percentile, max) for the five seed
 * articles, the fuzz corpus, the inputs built to be slow, and a 5 MB paste. Pure TypeScript,
 * no browser. Run: npm run bench:extract
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import raw from '../../public/data/qpdp-dataset.json';
import { parseDataset } from '../../src/domain/parse-dataset';
import { extractDraft } from '../../src/features/import/extract/extract-draft';
import { fuzzCorpus, hugeInputs } from '../../src/features/import/extract/fuzz-corpus';
import { percentile } from './stats';

const { dataset } = parseDataset(raw, 'qpdp-dataset.json');
const seedsDir = resolve(process.cwd(), '../shared/corpus/seeds');
const seeds = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
  : [];
if (!seeds.length) console.warn(`No seed articles at ${seedsDir}: the seed line is skipped.`);

function time(inputs: readonly string[], repeat: number): number[] {
  const times: number[] = [];
  for (const input of inputs) {
    for (let r = 0; r < repeat; r++) {
      const started = performance.now();
      extractDraft(input, dataset.units);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

function report(name: string, inputs: readonly string[], repeat = 1) {
  if (!inputs.length) return;
  const times = time(inputs, repeat);
  const chars = inputs.reduce((n, s) => n + s.length, 0);
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(
    `${name}: ${inputs.length} inputs × ${repeat}, ${Math.round(chars / inputs.length)} chars on average — median ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}, max ${ms(times.at(-1) ?? NaN)}`,
  );
}

console.log(
  `extraction benchmark on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`,
);
// Warm up the regular expressions and the unit matcher.
time(seeds.length ? seeds : ['Ngày 3/4/2024, UBND huyện tổ chức hội nghị.'], 20);

report('seed articles', seeds, 50);
report('fuzz corpus', fuzzCorpus(seeds, 3000));
for (const { name, text } of hugeInputs(seeds)) report(`slow input: ${name}`, [text], 3);
const line =
  'Ngày 3/3/2024, UBND huyện tổ chức hội nghị, giao 120 tân binh đạt 100% chỉ tiêu giao quân.\n';
const huge = (seeds.join('\n') || line).repeat(
  Math.ceil((5 * 1024 * 1024) / (seeds.join('\n') || line).length),
);
report(
  `5 MB paste (${(huge.length / 1024 / 1024).toFixed(1)} M characters, first 200 000 read)`,
  [huge],
  5,
);
