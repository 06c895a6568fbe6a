import type { Fact } from '../schema/fact';
import { awardSummary } from './awards';
import { educationSummary } from './education';
import { exerciseSummary } from './exercises';
import { FactRows, factRows, once } from './fact-rows';
import { recruitmentSummary } from './recruitment';
import { StretchTotal, type Range, type Total } from './totals';

export type { Range, Total } from './totals';

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

function moneyTotal(selection: FactRows): Total | undefined {
  return once(selection, 'money', () => {
    const { table, rows } = selection.ofMeasure('social-policy', 'money-vnd');
    return new StretchTotal(table, rows).total();
  });
}

/** The cards' totals, read off the passes the charts make over the same selection. */
export function headlineTotals(facts: FactRows | readonly Fact[]): HeadlineTotals {
  const selection = factRows(facts);
  const recruitment = recruitmentSummary(selection);
  const education = educationSummary(selection);
  const exercises = exerciseSummary(selection);
  const awards = awardSummary(selection);
  return {
    enlisted: recruitment.enlisted,
    quotaCompletionPct: recruitment.quotaCompletionPct,
    educated: education.educated,
    cadresTrained: education.cadresTrained,
    exercisesDone: exercises.done,
    exercisesPlanned: exercises.planned,
    awardCollectives: awards.collectives,
    awardIndividuals: awards.individuals,
    moneyVnd: moneyTotal(selection),
  };
}
