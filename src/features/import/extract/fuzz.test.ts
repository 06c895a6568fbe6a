/**
 * Thousands of random and mangled inputs: the extraction never throws, and what it returns is
 * well formed — figures, people, date and periods valid against the dataset's schemas, every
 * span inside its line of the input and equal to the text it names, units from the table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRealIsoDate } from '@/domain/schema/common';
import { periodSchema } from '@/domain/schema/period';
import { reportKinds } from '@/domain/schema/report';
import { loadRealDataset } from '@/testing/real-dataset';
import { splitLines } from './clean';
import { extractDraft } from './extract-draft';
import { fuzzCorpus, hugeInputs } from './fuzz-corpus';
import {
  checkDraftFact,
  draftPersonSchema,
  draftProvenanceSchema,
  warningCodes,
  type Draft,
  type TextSpan,
} from './types';

const seedsDir = resolve(process.cwd(), '../shared/corpus/seeds');
const seeds = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
  : [];
const { dataset } = loadRealDataset();
const unitIds = new Set(dataset.units.map((u) => u.id));

/** The reasons a draft is not well formed, or none. */
function problems(input: string, draft: Draft): string[] {
  const out: string[] = [];
  const lines = splitLines(input);
  const span = (what: string, paragraph: number, s: TextSpan) => {
    const line = lines[paragraph - 1];
    if (line === undefined) out.push(`${what}: paragraph ${paragraph} of ${lines.length}`);
    else if (!(s.start >= 0 && s.start <= s.end && s.end <= line.length))
      out.push(`${what}: span ${s.start}-${s.end} outside a line of ${line.length}`);
    else if (line.slice(s.start, s.end) !== s.text) out.push(`${what}: span text differs`);
  };
  for (const fact of draft.facts) {
    const check = checkDraftFact(fact);
    if (!check.success) out.push(`fact ${fact.id}: ${check.error?.message}`);
    span(`fact ${fact.id}`, fact.provenance.paragraph, fact.provenance.span);
    if (fact.unitId !== null && !unitIds.has(fact.unitId)) out.push(`fact unit ${fact.unitId}`);
  }
  for (const person of draft.report.people) {
    const check = draftPersonSchema.safeParse(person);
    if (!check.success) out.push(`person ${person.name}: ${check.error.message}`);
    span(`person ${person.name}`, person.provenance.paragraph, person.provenance.span);
  }
  const r = draft.report;
  if (r.date !== undefined && !isRealIsoDate(r.date)) out.push(`date ${r.date}`);
  if ((r.date === undefined) !== (r.dateProvenance === undefined))
    out.push('date without provenance');
  for (const p of [r.dateProvenance, r.unitProvenance]) {
    if (!p) continue;
    if (!draftProvenanceSchema.safeParse(p).success) out.push('bad provenance');
    span('provenance', p.paragraph, p.span);
  }
  for (const p of [r.periodReviewed, r.periodPlanned])
    if (p && !periodSchema.safeParse(p).success) out.push(`period ${JSON.stringify(p)}`);
  if (r.unitId !== undefined && !unitIds.has(r.unitId)) out.push(`unit ${r.unitId}`);
  if (!r.kinds.every((k) => reportKinds.includes(k))) out.push('kinds');
  for (const place of draft.places) {
    if (!unitIds.has(place.unitId)) out.push(`place ${place.unitId}`);
    span('place', place.paragraph, place.span);
  }
  if (!draft.warnings.every((w) => warningCodes.includes(w.code))) out.push('warning code');
  if (draft.facts.length > 500) out.push('too many facts');
  return out;
}

describe('extractDraft under fuzzing', () => {
  it('returns a well-formed draft for 3 000 random and mangled inputs', () => {
    const corpus = fuzzCorpus(seeds, 3000);
    const failures: string[] = [];
    for (const [i, input] of corpus.entries()) {
      let draft: Draft;
      try {
        draft = extractDraft(input, dataset.units, { today: '2026-01-01' });
      } catch (error) {
        failures.push(`#${i} threw ${String(error)}`);
        continue;
      }
      const found = problems(input, draft);
      if (found.length) failures.push(`#${i}: ${found.slice(0, 3).join('; ')}`);
      if (draft.warnings.some((w) => w.code === 'unreadable'))
        failures.push(`#${i}: ${draft.warnings[0]?.detail}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  }, 120_000);

  it.each(hugeInputs(seeds).map((x) => [x.name, x.text] as const))(
    'finishes and stays well formed on %s',
    (_name, text) => {
      const started = performance.now();
      const draft = extractDraft(text, dataset.units);
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(problems(text, draft)).toEqual([]);
    },
    60_000,
  );
});
