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

/** The part of a figure's key beyond its unit, category, measure and period. */
export function figureDetail(fact: Fact): string {
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
}

export function computeFigureKey(fact: Fact): string {
  return [
    fact.unitId,
    fact.category,
    fact.measure,
    fact.period.start,
    fact.period.end,
    figureDetail(fact),
  ].join('|');
}
