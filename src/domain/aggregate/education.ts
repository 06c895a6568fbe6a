import type { Fact, FactOf } from '../schema/fact';
import { educationGroups } from '../schema/fact';
import { compareCodes } from '../text';

export type EducationGroup = (typeof educationGroups)[number];

export interface EducationRow {
  unitId: string;
  /** People per target group; a group the reports do not mention is absent, not 0. */
  byGroup: Partial<Record<EducationGroup, number>>;
  cadresTrained: number | undefined;
  total: number;
  facts: Fact[];
}

/** Defence-education participants by target group, and training cadres, per unit. */
export function educationByUnit(facts: readonly Fact[]): EducationRow[] {
  const rows = new Map<string, EducationRow>();
  const rowFor = (unitId: string) => {
    let row = rows.get(unitId);
    if (!row) {
      row = { unitId, byGroup: {}, cadresTrained: undefined, total: 0, facts: [] };
      rows.set(unitId, row);
    }
    return row;
  };
  for (const fact of facts) {
    if (fact.value === null) continue;
    if (fact.category === 'education' && fact.measure === 'trainees') {
      const row = rowFor(fact.unitId);
      row.byGroup[fact.targetGroup] = (row.byGroup[fact.targetGroup] ?? 0) + fact.value;
      row.total += fact.value;
      row.facts.push(fact);
    } else if (fact.category === 'training' && fact.measure === 'cadres-trained') {
      const row = rowFor(fact.unitId);
      row.cadresTrained = (row.cadresTrained ?? 0) + fact.value;
      row.total += fact.value;
      row.facts.push(fact as FactOf<'training'>);
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || compareCodes(a.unitId, b.unitId));
}
