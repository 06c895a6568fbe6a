import type { Lang } from '@/domain/periods';
import type { Unit } from '@/domain/schema/unit';

/** A unit's display name, falling back to its id when the unit table lacks it. */
export function unitDisplayName(
  unitsById: ReadonlyMap<string, Unit>,
  unitId: string,
  lang: Lang,
): string {
  return unitsById.get(unitId)?.name[lang] ?? unitId;
}
