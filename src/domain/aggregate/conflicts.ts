import type { Fact } from '../schema/fact';

// Facts are never changed once loaded, so a key computed once holds.
const keys = new WeakMap<Fact, string>();

/** What makes two facts claims about the same figure. */
export function figureKey(fact: Fact): string {
  let key = keys.get(fact);
  if (key === undefined) {
    key = computeFigureKey(fact);
    keys.set(fact, key);
  }
  return key;
}

function computeFigureKey(fact: Fact): string {
  const detail = (() => {
    switch (fact.category) {
      case 'education':
        return `${fact.targetGroup}|${fact.delivery}`;
      case 'awards':
        return `${fact.issuer.vi}|${fact.recipientKind}|${fact.title.vi}`;
      case 'exercises':
        return `${fact.exerciseType}|${fact.level}|${fact.description?.vi ?? ''}`;
      case 'training':
        return `${fact.audience?.vi ?? ''}|${fact.organiser?.vi ?? ''}`;
      case 'social-policy':
        return fact.purpose.vi;
      case 'commemoration':
      case 'emulation':
      case 'activity':
        return fact.name.vi;
      case 'task':
        return fact.text.vi;
      case 'recruitment':
        return '';
    }
  })();
  return [
    fact.unitId,
    fact.category,
    fact.measure,
    fact.period.start,
    fact.period.end,
    detail,
  ].join('|');
}

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

function computeConflicts(facts: readonly Fact[]): Map<string, Fact[]> {
  const byKey = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.value === null || fact.category === 'task') continue;
    const key = figureKey(fact);
    const group = byKey.get(key);
    if (group) group.push(fact);
    else byKey.set(key, [fact]);
  }
  const conflicts = new Map<string, Fact[]>();
  for (const [key, group] of byKey) {
    const reports = new Set(group.map((f) => f.reportId));
    const values = new Set(group.map((f) => f.value));
    if (reports.size > 1 && values.size > 1) conflicts.set(key, group);
  }
  return conflicts;
}
