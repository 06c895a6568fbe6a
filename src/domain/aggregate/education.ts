import { educationGroups } from '../schema/fact';
import { compareCodes } from '../text';
import { FactRows, once, rowsByCode } from './fact-rows';
import { bestOf } from './top-n';
import type { FactTable } from './fact-table';
import { disputesOf, TotalBuilder, type RowGroupList, type Total } from './totals';

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

/** What both loops add to, per unit code. */
interface UnitSums {
  factCount: Uint32Array;
  /** Units in the order they first appear. */
  units: number[];
  total: Float64Array;
}

// The loops are functions of their own, reading only their arguments: run inside the
// summary's closure, they were several times slower (its variables live in a context).
function addTrainees(
  rows: Uint32Array,
  table: FactTable,
  traineesCode: number,
  educated: TotalBuilder,
  { factCount, units, total }: UnitSums,
  {
    byGroup,
    inGroup,
    groupOf,
    groups,
  }: { byGroup: Float64Array; inGroup: Uint8Array; groupOf: number[]; groups: number },
): void {
  const { value: values, measure, unit: unitOf, variant } = table;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const value = values[i]!;
    if (Number.isNaN(value) || measure[i] !== traineesCode) continue;
    educated.add(i);
    const unit = unitOf[i]!;
    if (factCount[unit]!++ === 0) units.push(unit);
    total[unit]! += value;
    const slot = unit * groups + groupOf[variant[i]!]!;
    byGroup[slot]! += value;
    inGroup[slot] = 1;
  }
}

function addCadres(
  rows: Uint32Array,
  table: FactTable,
  cadresCode: number,
  cadresTrained: TotalBuilder,
  { factCount, units, total }: UnitSums,
  cadres: Float64Array,
): void {
  const { value: values, measure, unit: unitOf } = table;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const value = values[i]!;
    if (Number.isNaN(value) || measure[i] !== cadresCode) continue;
    cadresTrained.add(i);
    const unit = unitOf[i]!;
    if (factCount[unit]!++ === 0) units.push(unit);
    total[unit]! += value;
    cadres[unit] = Number.isNaN(cadres[unit]!) ? value : cadres[unit]! + value;
  }
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
    const groupOf = table.variants.values.map((v) => educationGroups.indexOf(v as EducationGroup));
    const groups = educationGroups.length;
    const byGroup = new Float64Array(unitCount * groups);
    // A group the reports do not mention is absent, not 0.
    const inGroup = new Uint8Array(unitCount * groups);
    const cadres = new Float64Array(unitCount).fill(NaN);
    const total = new Float64Array(unitCount);
    const factCount = new Uint32Array(unitCount);
    const units: number[] = [];
    const educated = new TotalBuilder(table, education.length);
    const cadresTrained = new TotalBuilder(table, training.length);
    const sums: UnitSums = { factCount, units, total };
    addTrainees(education.rows, table, traineesCode, educated, sums, {
      byGroup,
      inGroup,
      groupOf,
      groups,
    });
    addCadres(training.rows, table, cadresCode, cadresTrained, sums, cadres);
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
        if (inGroup[unit * groups + g])
          row.byGroup[educationGroups[g]!] = byGroup[unit * groups + g]!;
      return row;
    };
    const unitIdOf = (k: number) => table.units.values[units[k]!]!;
    const scores = Float64Array.from(units, (unit) => total[unit]!);
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
      for (let g = 0; g < groups; g++) present[g]! |= inGroup[units[k]! * groups + g]!;
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
