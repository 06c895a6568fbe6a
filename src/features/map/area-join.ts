import { classBreaks, classOf, type UnitValue } from '@/domain/aggregate/map-values';
import type { Unit, UnitLevel } from '@/domain/schema/unit';

/** Codes compare without leading zeros: boundary files write 276, "276" or "00276". */
export function normaliseCode(code: unknown): string | null {
  if (typeof code !== 'string' && typeof code !== 'number') return null;
  const text = String(code).trim();
  if (!/^\d+$/.test(text)) return null;
  return text.replace(/^0+(?=\d)/, '');
}

export interface AreaLayerScope {
  levels: readonly UnitLevel[];
  /** The dates the shapes are valid for (ISO); units that did not exist then are left out. */
  validFrom?: string;
  validTo?: string;
}

/**
 * The unit each shape stands for, by administrative code. A code that several units carry in
 * the scope (a unit and its renamed successor) goes to the one valid last.
 */
export function unitsByCode(units: readonly Unit[], scope: AreaLayerScope): Map<string, Unit> {
  const byCode = new Map<string, Unit>();
  for (const unit of units) {
    const code = normaliseCode(unit.adminCode);
    if (code === null || !scope.levels.includes(unit.level)) continue;
    if (scope.validTo && unit.validFrom && unit.validFrom > scope.validTo) continue;
    if (scope.validFrom && unit.validTo && unit.validTo < scope.validFrom) continue;
    const current = byCode.get(code);
    if (!current || (current.validTo ?? '9999') < (unit.validTo ?? '9999')) byCode.set(code, unit);
  }
  return byCode;
}

export interface AreaShade {
  code: string;
  unit: Unit | undefined;
  value: UnitValue | undefined;
  /** Index into the palette, or null for "no data" (which is not zero). */
  colourClass: number | null;
}

export interface AreaShading {
  /** In the order of the codes given. */
  shades: AreaShade[];
  /** Upper limits of the classes, ascending. */
  breaks: number[];
}

/** A shape's code, and the unit it stands for if any. */
export interface AreaJoin {
  code: string;
  unit: Unit | undefined;
}

/** Joins shapes (by code) to units: the part of shading a filter change leaves as it was. */
export function joinAreas(codes: readonly string[], byCode: ReadonlyMap<string, Unit>): AreaJoin[] {
  return codes.map((raw) => {
    const code = normaliseCode(raw) ?? raw;
    return { code, unit: byCode.get(code) };
  });
}

/** Joined shapes given their units' layer values, the values put in classes. */
export function shadeJoinedAreas(
  joined: readonly AreaJoin[],
  values: ReadonlyMap<string, UnitValue>,
  classes = 5,
): AreaShading {
  const valued = joined.map((area) => ({
    ...area,
    value: area.unit ? values.get(area.unit.id) : undefined,
  }));
  const breaks = classBreaks(
    valued.flatMap((area) => (area.value ? [area.value.value] : [])),
    classes,
  );
  const shades = valued.map((area) => ({
    ...area,
    colourClass: area.value ? classOf(area.value.value, breaks) : null,
  }));
  return { shades, breaks };
}
