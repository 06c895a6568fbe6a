/**
 * How well the extraction does on the five seed articles, against what the dataset holds for
 * them (extracted by hand): precision and recall per field, printed as a table, with floors so
 * that a regression fails. The articles are read at run time and never copied into the repo;
 * the rules are general (nothing here or in the extractor is keyed on a seed's content).
 *
 * Keys compared: date (ISO), unit (id), kinds (each kind), people (names, diacritics ignored),
 * and for figures the paragraph plus — recruitment: measure and value; education: measure,
 * target group and value; exercises: type, unit and status; awards: collective or individual,
 * count and issuing unit; money: amount and qualifier; training: measure and value; houses:
 * count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '@/domain/schema/fact';
import { foldDiacritics } from '@/domain/text';
import { loadRealDataset } from '@/testing/real-dataset';
import { extractDraft } from './extract-draft';
import type { Draft, DraftFact } from './types';

const seedsDir = resolve(process.cwd(), '../shared/corpus/seeds');
const haveSeeds = existsSync(seedsDir);
if (!haveSeeds && process.env.CI) throw new Error(`seed articles not found at ${seedsDir}`);

type AnyFact = Fact | DraftFact;

interface Field {
  name: string;
  keys: (draft: Draft, facts: readonly AnyFact[]) => string[];
  gold: (reportId: string) => string[];
}

const { dataset } = loadRealDataset();
const goldFacts = (reportId: string) => dataset.facts.filter((f) => f.reportId === reportId);
const reportOf = (reportId: string) => dataset.reports.find((r) => r.id === reportId);

function factKeys(pick: (f: AnyFact) => string | undefined) {
  return (facts: readonly AnyFact[]) =>
    facts.flatMap((f) => {
      const key = pick(f);
      return key === undefined ? [] : [`¶${f.provenance.paragraph} ${key}`];
    });
}

const recruitment = factKeys((f) =>
  f.category === 'recruitment' ? `${f.measure} ${f.value}` : undefined,
);
const education = factKeys((f) =>
  f.category === 'education' ? `${f.measure} ${f.targetGroup} ${f.value}` : undefined,
);
const exercises = factKeys((f) =>
  f.category === 'exercises' ? `${f.exerciseType} ${f.unitId} ${f.status}` : undefined,
);
const awards = factKeys((f) =>
  f.category === 'awards' ? `${f.recipientKind} ${f.value} ${f.issuerUnitId ?? '?'}` : undefined,
);
const money = factKeys((f) =>
  f.category === 'social-policy' && f.measure === 'money-vnd'
    ? `${f.value} ${f.qualifier}`
    : undefined,
);
const houses = factKeys((f) =>
  f.category === 'social-policy' && f.measure === 'houses-built-or-repaired'
    ? `${f.value}`
    : undefined,
);
const training = factKeys((f) =>
  f.category === 'training' ? `${f.measure} ${f.value}` : undefined,
);

const fields: Field[] = [
  {
    name: 'date',
    keys: (d) => (d.report.date ? [d.report.date] : []),
    gold: (id) => [reportOf(id)?.date ?? '?'],
  },
  {
    name: 'unit',
    keys: (d) => (d.report.unitId ? [d.report.unitId] : []),
    gold: (id) => [reportOf(id)?.unitId ?? '?'],
  },
  { name: 'kind', keys: (d) => d.report.kinds, gold: (id) => reportOf(id)?.kinds ?? [] },
  {
    name: 'periods',
    keys: (d) =>
      [
        d.report.periodReviewed && `reviewed ${d.report.periodReviewed.start}`,
        d.report.periodPlanned && `planned ${d.report.periodPlanned.start}`,
      ].filter((k): k is string => !!k),
    gold: (id) => {
      const r = reportOf(id);
      return [
        r?.periodReviewed && `reviewed ${r.periodReviewed.start}`,
        r?.periodPlanned && `planned ${r.periodPlanned.start}`,
      ].filter((k): k is string => !!k);
    },
  },
  {
    name: 'people',
    keys: (d) => d.report.people.map((p) => foldDiacritics(p.name)),
    gold: (id) => (reportOf(id)?.people ?? []).map((p) => foldDiacritics(p.name)),
  },
  {
    name: 'people roles',
    keys: (d) =>
      d.report.people.flatMap((p) => p.roles.map((r) => `${foldDiacritics(p.name)} ${r}`)),
    gold: (id) =>
      (reportOf(id)?.people ?? []).flatMap((p) =>
        p.roles.map((r) => `${foldDiacritics(p.name)} ${r}`),
      ),
  },
  { name: 'recruitment', keys: (_, f) => recruitment(f), gold: (id) => recruitment(goldFacts(id)) },
  { name: 'education', keys: (_, f) => education(f), gold: (id) => education(goldFacts(id)) },
  { name: 'training', keys: (_, f) => training(f), gold: (id) => training(goldFacts(id)) },
  { name: 'exercises', keys: (_, f) => exercises(f), gold: (id) => exercises(goldFacts(id)) },
  { name: 'awards', keys: (_, f) => awards(f), gold: (id) => awards(goldFacts(id)) },
  { name: 'money', keys: (_, f) => money(f), gold: (id) => money(goldFacts(id)) },
  { name: 'houses', keys: (_, f) => houses(f), gold: (id) => houses(goldFacts(id)) },
];

/** Matches between two multisets of keys. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const k of a) left.set(k, (left.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of b) {
    const c = left.get(k) ?? 0;
    if (c > 0) {
      n++;
      left.set(k, c - 1);
    }
  }
  return n;
}

interface Score {
  field: string;
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  misses: string[];
  extras: string[];
}

function measure(): Score[] {
  const totals = new Map<string, Score>();
  for (const source of dataset.sources) {
    const text = readFileSync(join(seedsDir, source.file), 'utf8');
    const draft = extractDraft(text, dataset.units, { sourceId: source.id });
    for (const report of dataset.reports.filter((r) => r.sourceId === source.id)) {
      for (const field of fields) {
        const found = field.keys(draft, draft.facts);
        const gold = field.gold(report.id);
        const s = totals.get(field.name) ?? {
          field: field.name,
          gold: 0,
          found: 0,
          matched: 0,
          precision: 0,
          recall: 0,
          misses: [],
          extras: [],
        };
        s.gold += gold.length;
        s.found += found.length;
        s.matched += overlap(found, gold);
        const missing = [...gold];
        for (const k of found) {
          const i = missing.indexOf(k);
          if (i >= 0) missing.splice(i, 1);
          else s.extras.push(`${source.id}: ${k}`);
        }
        s.misses.push(...missing.map((k) => `${source.id}: ${k}`));
        totals.set(field.name, s);
      }
    }
  }
  return [...totals.values()].map((s) => ({
    ...s,
    precision: s.found ? s.matched / s.found : 1,
    recall: s.gold ? s.matched / s.gold : 1,
  }));
}

/** The floors this extractor reaches on the seeds; a lower figure is a regression. */
const floors: Record<string, { precision: number; recall: number }> = {
  date: { precision: 1, recall: 1 },
  unit: { precision: 1, recall: 1 },
  kind: { precision: 1, recall: 1 },
  periods: { precision: 1, recall: 1 },
  people: { precision: 1, recall: 1 },
  'people roles': { precision: 1, recall: 1 },
  recruitment: { precision: 1, recall: 1 },
  education: { precision: 1, recall: 1 },
  training: { precision: 1, recall: 1 },
  exercises: { precision: 1, recall: 1 },
  awards: { precision: 1, recall: 1 },
  money: { precision: 1, recall: 1 },
  houses: { precision: 1, recall: 1 },
};

describe.skipIf(!haveSeeds)('extraction quality on the five seed articles', () => {
  const scores = measure();

  it('prints precision and recall per field', () => {
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
    const rows = scores.map(
      (s) =>
        `${s.field.padEnd(13)} ${String(s.gold).padStart(4)} ${String(s.found).padStart(5)} ${String(s.matched).padStart(7)} ${pct(s.precision)} ${pct(s.recall)}`,
    );
    console.log(
      [
        'field         gold found matched  prec  recall',
        ...rows,
        ...scores.flatMap((s) => [
          ...s.misses.map((m) => `  missed ${s.field}: ${m}`),
          ...s.extras.map((m) => `  extra  ${s.field}: ${m}`),
        ]),
      ].join('\n'),
    );
    expect(scores.length).toBe(fields.length);
  });

  it('finds every conference date, reporting unit and recruitment figure', () => {
    for (const name of ['date', 'unit', 'recruitment']) {
      expect(scores.find((s) => s.field === name)?.recall, name).toBe(1);
    }
  });

  it.each(Object.entries(floors))('keeps %s at or above its floor', (name, floor) => {
    const s = scores.find((x) => x.field === name);
    expect(s, name).toBeDefined();
    expect(s?.precision, `${name} precision`).toBeGreaterThanOrEqual(floor.precision);
    expect(s?.recall, `${name} recall`).toBeGreaterThanOrEqual(floor.recall);
  });
});
