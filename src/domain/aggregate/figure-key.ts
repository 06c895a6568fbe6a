import type { Fact } from '../schema/fact';

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

/**
 * What makes two facts claims about the same figure. The fact table numbers figures by the
 * same parts as codes (see build-fact-table.ts); the tests hold it to this key.
 */
export function figureKey(fact: Fact): string {
  return [
    fact.unitId,
    fact.category,
    fact.measure,
    fact.period.start,
    fact.period.end,
    figureDetail(fact),
  ].join('|');
}
