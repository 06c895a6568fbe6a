import type { Fact } from '../schema/fact';
import { figureKey } from './conflicts';

/** A total and the facts behind it, so every card can show its sources. */
export interface Total {
  value: number;
  /** Set when reports disagree: the total taking the highest of each disputed figure. */
  upTo?: number;
  qualifier: Fact['qualifier'];
  facts: Fact[];
}

export interface Range {
  min: number;
  max: number;
  facts: Fact[];
}

/** Figures for the headline cards. `undefined` means "not reported", which is not 0. */
export interface HeadlineTotals {
  enlisted: Total | undefined;
  quotaCompletionPct: Range | undefined;
  educated: Total | undefined;
  cadresTrained: Total | undefined;
  exercisesDone: Total | undefined;
  exercisesPlanned: Total | undefined;
  awardCollectives: Total | undefined;
  awardIndividuals: Total | undefined;
  moneyVnd: Total | undefined;
}

function hedge(facts: readonly Fact[]): Fact['qualifier'] {
  const qualifiers = new Set(facts.map((f) => f.qualifier).filter((q) => q !== 'exact'));
  if (qualifiers.size === 0) return 'exact';
  return qualifiers.size === 1 ? ([...qualifiers][0] as Fact['qualifier']) : 'about';
}

/**
 * Adds the stated values, each figure once: a figure restated by a later report is not
 * counted twice, and one that reports disagree on makes the total a range. Hedged figures
 * ("gần 20 tỷ") keep their hedge in the total.
 */
export function sumOf(facts: readonly Fact[]): Total | undefined {
  const stated = facts.filter((f) => f.value !== null);
  if (stated.length === 0) return undefined;
  const byFigure = new Map<string, { low: number; high: number }>();
  for (const fact of stated) {
    const key = figureKey(fact);
    const value = fact.value as number;
    const range = byFigure.get(key);
    if (!range) byFigure.set(key, { low: value, high: value });
    else {
      range.low = Math.min(range.low, value);
      range.high = Math.max(range.high, value);
    }
  }
  let low = 0;
  let high = 0;
  for (const range of byFigure.values()) {
    low += range.low;
    high += range.high;
  }
  return {
    value: low,
    ...(high !== low && { upTo: high }),
    qualifier: hedge(stated),
    facts: stated,
  };
}

/** Counts records (an exercise is one record whether or not the report gave a number). */
function countOf(facts: readonly Fact[]): Total | undefined {
  return facts.length === 0
    ? undefined
    : { value: facts.length, qualifier: 'exact', facts: facts as Fact[] };
}

export function headlineTotals(facts: readonly Fact[]): HeadlineTotals {
  // One pass sorts the facts into the groups the cards add up.
  const enlisted: Fact[] = [];
  const quota: Fact[] = [];
  const educated: Fact[] = [];
  const cadres: Fact[] = [];
  const done: Fact[] = [];
  const planned: Fact[] = [];
  const collectives: Fact[] = [];
  const individuals: Fact[] = [];
  const money: Fact[] = [];
  let quotaMin = Infinity;
  let quotaMax = -Infinity;
  for (const f of facts) {
    switch (f.category) {
      case 'recruitment':
        if (f.measure === 'enlisted') enlisted.push(f);
        else if (f.value !== null) {
          quota.push(f);
          quotaMin = Math.min(quotaMin, f.value);
          quotaMax = Math.max(quotaMax, f.value);
        }
        break;
      case 'education':
        if (f.measure === 'trainees') educated.push(f);
        break;
      case 'training':
        if (f.measure === 'cadres-trained') cadres.push(f);
        break;
      case 'exercises':
        (f.status === 'done' ? done : planned).push(f);
        break;
      case 'awards':
        (f.recipientKind === 'collective' ? collectives : individuals).push(f);
        break;
      case 'social-policy':
        if (f.measure === 'money-vnd') money.push(f);
        break;
    }
  }
  return {
    enlisted: sumOf(enlisted),
    quotaCompletionPct:
      quota.length === 0 ? undefined : { min: quotaMin, max: quotaMax, facts: quota },
    educated: sumOf(educated),
    cadresTrained: sumOf(cadres),
    exercisesDone: countOf(done),
    exercisesPlanned: countOf(planned),
    awardCollectives: sumOf(collectives),
    awardIndividuals: sumOf(individuals),
    moneyVnd: sumOf(money),
  };
}
