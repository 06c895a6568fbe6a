import type { Fact } from '../schema/fact';
import { educationGroups } from '../schema/fact';
import { compareCodes } from '../text';
import { categoryCode, viewOf } from './fact-table';

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
  const { table, rows: selected } = viewOf(facts);
  const educationCode = categoryCode('education');
  const trainingCode = categoryCode('training');
  const traineesCode = table.measures.find('trainees');
  const cadresCode = table.measures.find('cadres-trained');
  const rows = new Map<number, EducationRow>();
  const rowFor = (i: number) => {
    let row = rows.get(table.unit[i]!);
    if (!row) {
      row = {
        unitId: table.facts[i]!.unitId,
        byGroup: {},
        cadresTrained: undefined,
        total: 0,
        facts: [],
      };
      rows.set(table.unit[i]!, row);
    }
    return row;
  };
  for (let k = 0; k < selected.length; k++) {
    const i = selected[k]!;
    const value = table.value[i]!;
    if (Number.isNaN(value)) continue;
    const category = table.category[i];
    if (category === educationCode && table.measure[i] === traineesCode) {
      const row = rowFor(i);
      const group = table.variants.values[table.variant[i]!] as EducationGroup;
      row.byGroup[group] = (row.byGroup[group] ?? 0) + value;
      row.total += value;
      row.facts.push(table.facts[i]!);
    } else if (category === trainingCode && table.measure[i] === cadresCode) {
      const row = rowFor(i);
      row.cadresTrained = (row.cadresTrained ?? 0) + value;
      row.total += value;
      row.facts.push(table.facts[i]!);
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || compareCodes(a.unitId, b.unitId));
}
