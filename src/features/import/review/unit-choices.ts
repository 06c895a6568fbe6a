import { createContext, useContext } from 'react';
import type { Lang } from '@/domain/periods';
import type { Unit } from '@/domain/schema/unit';
import { levelLabels } from '@/lib/i18n/labels';

/**
 * The unit table as the words an analyst types and picks: one label per unit, unique, with
 * the parent and level ("Huyện Thạch Thất — Thành phố Hà Nội (Quận, huyện)"). One list serves
 * every unit input, so the form stays light with a national table of thousands of units.
 */
export interface UnitChoices {
  listId: string;
  options: readonly { id: string; label: string }[];
  idOfLabel: ReadonlyMap<string, string>;
  labelOfId: ReadonlyMap<string, string>;
}

export function unitChoices(units: readonly Unit[], lang: Lang, listId: string): UnitChoices {
  const byId = new Map(units.map((u) => [u.id, u]));
  const idOfLabel = new Map<string, string>();
  const labelOfId = new Map<string, string>();
  const sorted = [...units].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  for (const unit of sorted) {
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    const where = parent && unit.level !== 'province' ? ` — ${parent.name[lang]}` : '';
    let label = `${unit.name[lang]}${where} (${levelLabels[unit.level][lang]})`;
    if (idOfLabel.has(label)) label = `${label} [${unit.id}]`;
    idOfLabel.set(label, unit.id);
    labelOfId.set(unit.id, label);
  }
  const options = [...labelOfId].map(([id, label]) => ({ id, label }));
  return { listId, options, idOfLabel, labelOfId };
}

export const UnitChoicesContext = createContext<UnitChoices>({
  listId: '',
  options: [],
  idOfLabel: new Map(),
  labelOfId: new Map(),
});

export const useUnitChoices = () => useContext(UnitChoicesContext);
