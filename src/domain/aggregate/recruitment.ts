import type { Fact, FactOf } from '../schema/fact';
import type { Period } from '../schema/period';
import { findConflicts, figureKey } from './conflicts';
import { compareCodes } from '../text';

export interface RecruitmentRow {
  unitId: string;
  period: Period;
  enlisted: FactOf<'recruitment'>[];
  quotaCompletionPct: FactOf<'recruitment'>[];
  /** True when two reports disagree on this unit's figure for this period. */
  conflicting: boolean;
}

/** One row per unit and period, holding every stated recruitment figure (several if reports differ). */
export function recruitmentByUnitAndPeriod(facts: readonly Fact[]): RecruitmentRow[] {
  const recruitment = facts.filter(
    (f): f is FactOf<'recruitment'> => f.category === 'recruitment' && f.value !== null,
  );
  const conflicts = findConflicts(recruitment);
  const rows = new Map<string, RecruitmentRow>();
  for (const fact of recruitment) {
    const key = `${fact.unitId}|${fact.period.start}|${fact.period.end}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        unitId: fact.unitId,
        period: fact.period,
        enlisted: [],
        quotaCompletionPct: [],
        conflicting: false,
      };
      rows.set(key, row);
    }
    (fact.measure === 'enlisted' ? row.enlisted : row.quotaCompletionPct).push(fact);
    if (conflicts.has(figureKey(fact))) row.conflicting = true;
  }
  return [...rows.values()].sort(
    (a, b) => compareCodes(a.period.start, b.period.start) || compareCodes(a.unitId, b.unitId),
  );
}
