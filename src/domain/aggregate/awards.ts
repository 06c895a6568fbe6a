import type { LocalizedText } from '../schema/common';
import type { Fact, FactOf } from '../schema/fact';

export interface AwardRow {
  issuer: LocalizedText;
  collective: number;
  individual: number;
  titles: LocalizedText[];
  facts: FactOf<'awards'>[];
}

/** Award recipients by the body that gave them, split into collectives and individuals. */
export function awardsByIssuer(facts: readonly Fact[]): AwardRow[] {
  const rows = new Map<string, AwardRow>();
  for (const fact of facts) {
    if (fact.category !== 'awards' || fact.value === null) continue;
    let row = rows.get(fact.issuer.vi);
    if (!row) {
      row = { issuer: fact.issuer, collective: 0, individual: 0, titles: [], facts: [] };
      rows.set(fact.issuer.vi, row);
    }
    row[fact.recipientKind] += fact.value;
    if (!row.titles.some((t) => t.vi === fact.title.vi)) row.titles.push(fact.title);
    row.facts.push(fact);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.collective + b.individual - (a.collective + a.individual) ||
      a.issuer.vi.localeCompare(b.issuer.vi),
  );
}
