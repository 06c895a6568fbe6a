import type { Fact } from '../schema/fact';
import { categoryCode, viewOf, type FactTable } from './fact-table';
import { figureKey } from './figure-key';

export { figureKey } from './figure-key';

/**
 * Figures that two reports state differently (same unit, measure and period, other value).
 * The charts show both and flag them instead of silently picking one.
 */
export function findConflicts(facts: readonly Fact[]): Map<string, Fact[]> {
  let conflicts = conflictsOf.get(facts);
  if (!conflicts) {
    conflicts = computeConflicts(facts);
    conflictsOf.set(facts, conflicts);
  }
  return conflicts;
}

// The same selection is checked by several panels; selections are never changed in place.
const conflictsOf = new WeakMap<readonly Fact[], Map<string, Fact[]>>();

const task = categoryCode('task');

/** Groups of rows that claim the same figure with different values in different reports. */
export function disputedGroups(table: FactTable, rows: ArrayLike<number>): number[][] {
  // Only figures more than one fact claims can be disputed: most facts are skipped at once.
  const byFigure = new Map<number, number[]>();
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (!table.figureShared[i] || Number.isNaN(table.value[i]) || table.category[i] === task)
      continue;
    const group = byFigure.get(table.figure[i]!);
    if (group) group.push(i);
    else byFigure.set(table.figure[i]!, [i]);
  }
  return [...byFigure.values()].filter(
    (group) =>
      group.length > 1 &&
      new Set(group.map((i) => table.report[i])).size > 1 &&
      new Set(group.map((i) => table.value[i])).size > 1,
  );
}

function computeConflicts(facts: readonly Fact[]): Map<string, Fact[]> {
  const { table, rows } = viewOf(facts);
  return new Map(
    disputedGroups(table, rows).map((group) => [
      figureKey(table.facts[group[0]!]!),
      group.map((i) => table.facts[i]!),
    ]),
  );
}
