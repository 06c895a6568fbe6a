import type { Fact, FactOf } from '../schema/fact';
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
  const byFigure = new Map<string, number[]>();
  for (const fact of stated) {
    const key = figureKey(fact);
    const values = byFigure.get(key);
    if (values) values.push(fact.value as number);
    else byFigure.set(key, [fact.value as number]);
  }
  let low = 0;
  let high = 0;
  for (const values of byFigure.values()) {
    low += Math.min(...values);
    high += Math.max(...values);
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
    : { value: facts.length, qualifier: 'exact', facts: [...facts] };
}

export function headlineTotals(facts: readonly Fact[]): HeadlineTotals {
  const of = <C extends Fact['category']>(category: C, measure?: string) =>
    facts.filter(
      (f): f is FactOf<C> =>
        f.category === category && (measure === undefined || f.measure === measure),
    );
  const quota = of('recruitment', 'quota-completion-pct').filter((f) => f.value !== null);
  const exercises = of('exercises');
  const awards = of('awards');
  return {
    enlisted: sumOf(of('recruitment', 'enlisted')),
    quotaCompletionPct:
      quota.length === 0
        ? undefined
        : {
            min: Math.min(...quota.map((f) => f.value as number)),
            max: Math.max(...quota.map((f) => f.value as number)),
            facts: quota,
          },
    educated: sumOf(of('education', 'trainees')),
    cadresTrained: sumOf(of('training', 'cadres-trained')),
    exercisesDone: countOf(exercises.filter((f) => f.status === 'done')),
    exercisesPlanned: countOf(exercises.filter((f) => f.status !== 'done')),
    awardCollectives: sumOf(awards.filter((f) => f.recipientKind === 'collective')),
    awardIndividuals: sumOf(awards.filter((f) => f.recipientKind === 'individual')),
    moneyVnd: sumOf(of('social-policy', 'money-vnd')),
  };
}
