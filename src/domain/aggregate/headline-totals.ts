import type { Fact } from '../schema/fact';
import { categoryCode, qualifiers, viewOf, type FactTable } from './fact-table';

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

/** The hedge of a total: none, the one its figures share, or "about" when they differ. */
function hedgeOf(mask: number): Fact['qualifier'] {
  const hedged = mask & ~1;
  if (hedged === 0) return 'exact';
  return (hedged & (hedged - 1)) === 0 ? qualifiers[Math.log2(hedged)]! : 'about';
}

/** Sums the stated values of some rows of a table, each figure once (see `sumOf`). */
function sumRows(table: FactTable, rows: readonly number[]): Total | undefined {
  let low = 0;
  let high = 0;
  let mask = 0;
  const stated: Fact[] = [];
  const disputed = new Map<number, { low: number; high: number }>();
  for (const i of rows) {
    const value = table.value[i]!;
    if (Number.isNaN(value)) continue;
    stated.push(table.facts[i]!);
    mask |= 1 << table.qualifier[i]!;
    if (!table.figureShared[i]) {
      low += value;
      high += value;
      continue;
    }
    const range = disputed.get(table.figure[i]!);
    if (!range) disputed.set(table.figure[i]!, { low: value, high: value });
    else {
      range.low = Math.min(range.low, value);
      range.high = Math.max(range.high, value);
    }
  }
  if (stated.length === 0) return undefined;
  for (const range of disputed.values()) {
    low += range.low;
    high += range.high;
  }
  return {
    value: low,
    ...(high !== low && { upTo: high }),
    qualifier: hedgeOf(mask),
    facts: stated,
  };
}

/**
 * Adds the stated values, each figure once: a figure restated by a later report is not
 * counted twice, and one that reports disagree on makes the total a range. Hedged figures
 * ("gần 20 tỷ") keep their hedge in the total.
 */
export function sumOf(facts: readonly Fact[]): Total | undefined {
  const { table, rows } = viewOf(facts);
  return sumRows(table, Array.from(rows));
}

/** Counts records (an exercise is one record whether or not the report gave a number). */
function countOf(table: FactTable, rows: readonly number[]): Total | undefined {
  return rows.length === 0
    ? undefined
    : { value: rows.length, qualifier: 'exact', facts: rows.map((i) => table.facts[i]!) };
}

const code = {
  recruitment: categoryCode('recruitment'),
  education: categoryCode('education'),
  training: categoryCode('training'),
  exercises: categoryCode('exercises'),
  awards: categoryCode('awards'),
  socialPolicy: categoryCode('social-policy'),
};

export function headlineTotals(facts: readonly Fact[]): HeadlineTotals {
  const { table, rows } = viewOf(facts);
  const measure = (name: string) => table.measures.find(name);
  const enlistedCode = measure('enlisted');
  const traineesCode = measure('trainees');
  const cadresCode = measure('cadres-trained');
  const moneyCode = measure('money-vnd');
  const doneCode = table.statuses.find('done');
  const collectiveCode = table.variants.find('collective');
  // One pass sorts the rows into the groups the cards add up.
  const enlisted: number[] = [];
  const quota: number[] = [];
  const educated: number[] = [];
  const cadres: number[] = [];
  const done: number[] = [];
  const planned: number[] = [];
  const collectives: number[] = [];
  const individuals: number[] = [];
  const money: number[] = [];
  let quotaMin = Infinity;
  let quotaMax = -Infinity;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    switch (table.category[i]) {
      case code.recruitment:
        if (table.measure[i] === enlistedCode) enlisted.push(i);
        else if (!Number.isNaN(table.value[i]!)) {
          quota.push(i);
          quotaMin = Math.min(quotaMin, table.value[i]!);
          quotaMax = Math.max(quotaMax, table.value[i]!);
        }
        break;
      case code.education:
        if (table.measure[i] === traineesCode) educated.push(i);
        break;
      case code.training:
        if (table.measure[i] === cadresCode) cadres.push(i);
        break;
      case code.exercises:
        (table.status[i] === doneCode ? done : planned).push(i);
        break;
      case code.awards:
        (table.variant[i] === collectiveCode ? collectives : individuals).push(i);
        break;
      case code.socialPolicy:
        if (table.measure[i] === moneyCode) money.push(i);
        break;
    }
  }
  return {
    enlisted: sumRows(table, enlisted),
    quotaCompletionPct:
      quota.length === 0
        ? undefined
        : { min: quotaMin, max: quotaMax, facts: quota.map((i) => table.facts[i]!) },
    educated: sumRows(table, educated),
    cadresTrained: sumRows(table, cadres),
    exercisesDone: countOf(table, done),
    exercisesPlanned: countOf(table, planned),
    awardCollectives: sumRows(table, collectives),
    awardIndividuals: sumRows(table, individuals),
    moneyVnd: sumRows(table, money),
  };
}
