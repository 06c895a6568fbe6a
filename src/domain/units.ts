import type { Unit } from './schema/unit';

export interface UnitIndex {
  byId: ReadonlyMap<string, Unit>;
  childrenOf: ReadonlyMap<string, readonly Unit[]>;
}

export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byId = new Map(units.map((u) => [u.id, u]));
  const childrenOf = new Map<string, Unit[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const siblings = childrenOf.get(unit.parentId);
    if (siblings) siblings.push(unit);
    else childrenOf.set(unit.parentId, [unit]);
  }
  return { byId, childrenOf };
}

/** The unit's parents from the nearest up to the root (a cycle in bad data stops the walk). */
export function ancestorsOf(index: UnitIndex, unitId: string): Unit[] {
  const chain: Unit[] = [];
  const seen = new Set<string>([unitId]);
  let parentId = index.byId.get(unitId)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = index.byId.get(parentId);
    if (!parent) break;
    chain.push(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return chain;
}

/** The unit itself and everything beneath it. */
export function subtreeIds(index: UnitIndex, unitId: string): Set<string> {
  const ids = new Set<string>();
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (ids.has(id)) continue;
    ids.add(id);
    for (const child of index.childrenOf.get(id) ?? []) stack.push(child.id);
  }
  return ids;
}

/** Was the unit in existence on that day? Units without dates are taken as always valid. */
export function unitValidOn(unit: Unit, isoDate: string): boolean {
  return (unit.validFrom ?? '0000-01-01') <= isoDate && isoDate <= (unit.validTo ?? '9999-12-31');
}

/** Province (or centrally-run city) the unit belongs to, or the unit itself at that level. */
export function provinceOf(index: UnitIndex, unitId: string): Unit | undefined {
  const unit = index.byId.get(unitId);
  if (!unit) return undefined;
  if (unit.level === 'province') return unit;
  return ancestorsOf(index, unitId).find((u) => u.level === 'province');
}
