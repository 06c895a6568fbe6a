import type { Fact, FactOf } from './schema/fact';

/** The few figures a reader wants first from one report; undefined means "not reported". */
export interface ReportHeadline {
  enlisted: FactOf<'recruitment'> | undefined;
  quotaCompletionPct: FactOf<'recruitment'> | undefined;
  /** People taught in defence and security education (all target groups and students). */
  educated: number | undefined;
  exercisesDone: number;
  exercisesPlanned: number;
  awardRecipients: number | undefined;
  moneyVnd: { value: number; qualifier: Fact['qualifier'] } | undefined;
}

const sum = (values: number[]) =>
  values.length === 0 ? undefined : values.reduce((total, v) => total + v, 0);

/** Adds figures and keeps their hedging: "gần 20 tỷ" plus "gần 1 tỷ" is "gần 21 tỷ", not 21. */
function qualifiedSum(facts: readonly Fact[]) {
  const stated = facts.filter((f) => f.value !== null);
  if (stated.length === 0) return undefined;
  const qualifiers = new Set(stated.map((f) => f.qualifier));
  qualifiers.delete('exact');
  const qualifier: Fact['qualifier'] =
    qualifiers.size === 0 ? 'exact' : qualifiers.size === 1 ? [...qualifiers][0]! : 'about';
  return { value: stated.reduce((total, f) => total + (f.value as number), 0), qualifier };
}

export function reportHeadline(facts: readonly Fact[]): ReportHeadline {
  const recruitment = facts.filter((f): f is FactOf<'recruitment'> => f.category === 'recruitment');
  const exercises = facts.filter((f): f is FactOf<'exercises'> => f.category === 'exercises');
  const numbers = <C extends Fact['category']>(category: C, measure: string) =>
    facts
      .filter((f) => f.category === category && f.measure === measure && f.value !== null)
      .map((f) => f.value as number);
  return {
    enlisted: recruitment.find((f) => f.measure === 'enlisted'),
    quotaCompletionPct: recruitment.find((f) => f.measure === 'quota-completion-pct'),
    educated: sum(numbers('education', 'trainees')),
    exercisesDone: exercises.filter((f) => f.status === 'done').length,
    exercisesPlanned: exercises.filter((f) => f.status !== 'done').length,
    awardRecipients: sum(numbers('awards', 'recipients')),
    moneyVnd: qualifiedSum(facts.filter((f) => f.measure === 'money-vnd')),
  };
}
