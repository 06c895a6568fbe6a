import { educationGroups } from '../schema/fact';
import { compareCodes } from '../text';
import { FactRows, once, rowsByCode } from './fact-rows';
import { bestOf } from './top-n';
import { categorySlots, type RowSlots, perTable } from './fact-table';
import { disputesOf, StretchTotal, type RowGroupList, type Total } from './totals';

export type EducationGroup = (typeof educationGroups)[number];

export interface EducationRow {
  unitId: string;
  /** People per target group; a group the reports do not mention is absent, not 0. */
  byGroup: Partial<Record<EducationGroup, number>>;
  cadresTrained: number | undefined;
  total: number;
  facts: FactRows;
}

interface EducationSummary {
  /** Every education and training fact selected. */
  facts: FactRows;
  /** The facts the rows count: stated trainees and cadres trained. */
  counted: FactRows;
  /** Figures among them that reports state differently. */
  disputes: RowGroupList;
  educated: Total | undefined;
  cadresTrained: Total | undefined;
  /** The target groups some unit has a figure for, in `educationGroups` order. */
  groups: EducationGroup[];
  /** Whether some unit has a figure for cadres trained. */
  hasCadres: boolean;
  /** One row per unit, largest total first (then by unit id); built when first read. */
  readonly rows: EducationRow[];
  /**
   * The `n - 1` largest rows and one (unit id '') that adds up the rest, or every row when
   * there are no more than `n`: what the chart draws, without sorting thousands of units.
   */
  top(n: number): { rows: EducationRow[]; othersCount: number };
}

/**
 * A unit's row. Its sources are listed when someone opens them: a national selection has
 * thousands of rows, whose lists (and their closures) were built on every filter change.
 */
class UnitEducation implements EducationRow {
  readonly byGroup: EducationRow['byGroup'] = {};
  private found: FactRows | undefined;
  constructor(
    readonly unitId: string,
    readonly cadresTrained: number | undefined,
    readonly total: number,
    private readonly unit: number,
    private readonly factsOfUnit: (unit: number) => FactRows,
  ) {}
  get facts(): FactRows {
    return (this.found ??= this.factsOfUnit(this.unit));
  }
}

const groupCount = educationGroups.length;

/**
 * Per table, where each education row adds to the per-unit sums (its unit and target group)
 * and each training row to the cadres trained (its unit); -1 for a row with no number or of
 * another measure. Worked out once, so the summary's pass reads one column where it read four.
 */
const unitSlots = perTable((table) => {
  const groupOf = table.variants.values.map((v) => educationGroups.indexOf(v as EducationGroup));
  const traineesCode = table.measures.find('trainees');
  const cadresCode = table.measures.find('cadres-trained');
  const { measure, unit, variant } = table;
  return {
    trainees: categorySlots(table, 'education', (i) =>
      measure[i] === traineesCode ? unit[i]! * groupCount + groupOf[variant[i]!]! : -1,
    ),
    cadres: categorySlots(table, 'training', (i) => (measure[i] === cadresCode ? unit[i]! : -1)),
  };
});

// A function of its own, reading only its arguments: run inside the summary's closure, the
// loop was several times slower (its variables live in a context).
function addBySlot(
  rows: Uint32Array,
  values: Float64Array,
  { from, slots }: RowSlots,
  sums: Float64Array,
  counts: Uint32Array,
): void {
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const slot = slots[i - from]!;
    if (slot < 0) continue;
    sums[slot]! += values[i]!;
    counts[slot]!++;
  }
}

/** Each unit's people and facts over its groups and cadres; the units with any, ascending. */
function unitTotals(
  unitCount: number,
  { byGroup, groupFacts }: { byGroup: Float64Array; groupFacts: Uint32Array },
  { cadreSums, cadreFacts }: { cadreSums: Float64Array; cadreFacts: Uint32Array },
) {
  const cadres = new Float64Array(unitCount).fill(NaN);
  const total = new Float64Array(unitCount);
  const factCount = new Uint32Array(unitCount);
  const units: number[] = [];
  for (let unit = 0; unit < unitCount; unit++) {
    let count = cadreFacts[unit]!;
    let sum = cadreSums[unit]!;
    for (let slot = unit * groupCount; slot < (unit + 1) * groupCount; slot++) {
      count += groupFacts[slot]!;
      sum += byGroup[slot]!;
    }
    if (count === 0) continue;
    units.push(unit);
    factCount[unit] = count;
    total[unit] = sum;
    if (cadreFacts[unit]! > 0) cadres[unit] = cadreSums[unit]!;
  }
  return { cadres, total, factCount, units };
}

/** Defence-education participants by target group, and training cadres, per unit. */
export function educationSummary(selection: FactRows): EducationSummary {
  return once(selection, 'education', () => {
    const education = selection.ofCategory('education');
    const training = selection.ofCategory('training');
    const { table } = selection;
    const traineesCode = table.measures.find('trainees');
    const cadresCode = table.measures.find('cadres-trained');
    const unitCount = table.units.values.length;
    const groups = groupCount;
    const slots = unitSlots(table);
    // Per unit and target group: the people, and the facts that say (none: the group is
    // absent, not 0).
    const byGroup = new Float64Array(unitCount * groups);
    const groupFacts = new Uint32Array(unitCount * groups);
    const cadreSums = new Float64Array(unitCount);
    const cadreFacts = new Uint32Array(unitCount);
    // Only the rows of the two measures counted: within a category, rows run by measure.
    const trainees = selection.ofMeasure('education', 'trainees').rows;
    const cadresRows = selection.ofMeasure('training', 'cadres-trained').rows;
    addBySlot(trainees, table.value, slots.trainees, byGroup, groupFacts);
    addBySlot(cadresRows, table.value, slots.cadres, cadreSums, cadreFacts);
    const educated = new StretchTotal(table, trainees);
    const cadresTrained = new StretchTotal(table, cadresRows);
    const { cadres, total, factCount, units } = unitTotals(
      unitCount,
      { byGroup, groupFacts },
      { cadreSums, cadreFacts },
    );
    const both = new FactRows(
      table,
      () => FactRows.union(table, [education, training]).rows,
      education.length + training.length,
    );
    // Rows of no unit's figure (no number, another measure) go to an extra code.
    const counted = (i: number) =>
      !Number.isNaN(table.value[i]!) &&
      (table.measure[i] === traineesCode || table.measure[i] === cadresCode);
    const rowsOfUnit = rowsByCode(
      () => both.rows,
      unitCount + 1,
      (i) => (counted(i) ? table.unit[i]! : unitCount),
    );
    const factsOfUnit = (unit: number) =>
      new FactRows(table, () => rowsOfUnit(unit), factCount[unit]);
    const rowOf = (unit: number): EducationRow => {
      const row = new UnitEducation(
        table.units.values[unit]!,
        Number.isNaN(cadres[unit]!) ? undefined : cadres[unit],
        total[unit]!,
        unit,
        factsOfUnit,
      );
      for (let g = 0; g < groups; g++)
        if (groupFacts[unit * groups + g]! > 0)
          row.byGroup[educationGroups[g]!] = byGroup[unit * groups + g]!;
      return row;
    };
    const unitIdOf = (k: number) => table.units.values[units[k]!]!;
    const scores = new Float64Array(units.length);
    for (let k = 0; k < units.length; k++) scores[k] = total[units[k]!]!;
    // The rest as one row: each group's sum over the units not shown (0 where none says).
    const restOf = (rest: number[]): EducationRow => {
      const sums = new Float64Array(groups);
      let restCadres = 0;
      let restTotal = 0;
      for (const unit of rest) {
        for (let g = 0; g < groups; g++) sums[g]! += byGroup[unit * groups + g]!;
        if (!Number.isNaN(cadres[unit]!)) restCadres += cadres[unit]!;
        restTotal += total[unit]!;
      }
      return {
        unitId: '',
        byGroup: Object.fromEntries(educationGroups.map((g, k) => [g, sums[k]!])),
        cadresTrained: restCadres,
        total: restTotal,
        facts: new FactRows(
          table,
          () =>
            FactRows.union(
              table,
              rest.map((unit) => factsOfUnit(unit)),
            ).rows,
          rest.reduce((n, unit) => n + factCount[unit]!, 0),
        ),
      };
    };
    const byTotal = (a: number, b: number) =>
      scores[b]! - scores[a]! || compareCodes(unitIdOf(a), unitIdOf(b));
    let sorted: EducationRow[] | undefined;
    const allRows = () =>
      (sorted ??= units
        .map((_, k) => k)
        .sort(byTotal)
        .map((k) => rowOf(units[k]!)));
    const educatedTotal = educated.total();
    const cadresTotal = cadresTrained.total();
    const totals = [educatedTotal?.facts, cadresTotal?.facts].filter((f) => f !== undefined);
    const present = new Uint8Array(groups);
    for (let k = 0; k < units.length; k++)
      for (let g = 0; g < groups; g++) if (groupFacts[units[k]! * groups + g]! > 0) present[g] = 1;
    return {
      facts: both,
      // The rows the two totals hold, merged when an export lists their sources.
      counted: new FactRows(
        table,
        () => FactRows.union(table, totals).rows,
        totals.reduce((n, part) => n + part.length, 0),
      ),
      disputes: disputesOf(table, [educated, cadresTrained]),
      educated: educatedTotal,
      cadresTrained: cadresTotal,
      groups: educationGroups.filter((_, g) => present[g] === 1),
      hasCadres: units.some((unit) => !Number.isNaN(cadres[unit]!)),
      get rows() {
        return allRows();
      },
      top(n) {
        if (units.length <= n) return { rows: allRows(), othersCount: 0 };
        const best = bestOf(scores, n - 1, (a, b) => compareCodes(unitIdOf(a), unitIdOf(b)));
        const shown = new Uint8Array(units.length);
        for (const k of best) shown[k] = 1;
        const rest = units.filter((_, k) => shown[k] === 0);
        return {
          rows: [...best.map((k) => rowOf(units[k]!)), restOf(rest)],
          othersCount: rest.length,
        };
      },
    };
  });
}
