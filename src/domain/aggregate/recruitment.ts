import type { Fact, FactOf } from '../schema/fact';
import type { Period } from '../schema/period';
import { disputedGroups } from './conflicts';
import { categoryCode, viewOf } from './fact-table';
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
  const { table, rows: selected } = viewOf(facts);
  const recruitmentCode = categoryCode('recruitment');
  const enlistedCode = table.measures.find('enlisted');
  const recruitment: number[] = [];
  for (let k = 0; k < selected.length; k++) {
    const i = selected[k]!;
    if (table.category[i] === recruitmentCode && !Number.isNaN(table.value[i]!))
      recruitment.push(i);
  }
  const disputed = new Set(
    disputedGroups(table, recruitment).flatMap((g) => g.map((i) => table.figure[i])),
  );
  const rows = new Map<number, RecruitmentRow>();
  for (const i of recruitment) {
    const fact = table.facts[i] as FactOf<'recruitment'>;
    const key = table.unit[i]! * 2 ** 22 + table.period[i]!;
    let row = rows.get(key);
    if (!row) {
      row = {
        unitId: fact.unitId,
        period: table.periods[table.period[i]!]!,
        enlisted: [],
        quotaCompletionPct: [],
        conflicting: false,
      };
      rows.set(key, row);
    }
    (table.measure[i] === enlistedCode ? row.enlisted : row.quotaCompletionPct).push(fact);
    if (disputed.has(table.figure[i])) row.conflicting = true;
  }
  return [...rows.values()].sort(
    (a, b) => compareCodes(a.period.start, b.period.start) || compareCodes(a.unitId, b.unitId),
  );
}
