import type { LocalizedText } from '../schema/common';
import type { Fact, FactOf } from '../schema/fact';
import { categoryCode, viewOf } from './fact-table';

export interface AwardRow {
  issuer: LocalizedText;
  collective: number;
  individual: number;
  titles: LocalizedText[];
  facts: FactOf<'awards'>[];
}

/** Award recipients by the body that gave them, split into collectives and individuals. */
export function awardsByIssuer(facts: readonly Fact[]): AwardRow[] {
  const { table, rows: selected } = viewOf(facts);
  const awardsCode = categoryCode('awards');
  const rows = new Map<number, AwardRow>();
  for (let k = 0; k < selected.length; k++) {
    const i = selected[k]!;
    if (table.category[i] !== awardsCode || Number.isNaN(table.value[i]!)) continue;
    const fact = table.facts[i] as FactOf<'awards'>;
    let row = rows.get(table.issuer[i]!);
    if (!row) {
      row = { issuer: fact.issuer, collective: 0, individual: 0, titles: [], facts: [] };
      rows.set(table.issuer[i]!, row);
    }
    row[fact.recipientKind] += table.value[i]!;
    if (!row.titles.some((t) => t.vi === fact.title.vi)) row.titles.push(fact.title);
    row.facts.push(fact);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.collective + b.individual - (a.collective + a.individual) ||
      a.issuer.vi.localeCompare(b.issuer.vi),
  );
}
