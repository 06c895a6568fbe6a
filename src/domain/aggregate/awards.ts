import type { LocalizedText } from '../schema/common';
import type { FactOf } from '../schema/fact';
import { categoryCode, categoryStretch, Codes, type FactTable } from './fact-table';
import { FactRows, once, rowsByCode } from './fact-rows';
import { disputesOf, TotalBuilder, type RowGroupList, type Total } from './totals';

export interface AwardRow {
  issuer: LocalizedText;
  collective: number;
  individual: number;
  titles: LocalizedText[];
  facts: FactRows;
}

interface AwardSummary {
  facts: FactRows;
  /** Figures that reports state differently. */
  disputes: RowGroupList;
  collectives: Total | undefined;
  individuals: Total | undefined;
  rows: AwardRow[];
}

/** A code for each award title (by its Vietnamese text), for the table's award rows. */
const titlesOf = new WeakMap<
  FactTable,
  { from: number; codes: Uint32Array; titles: LocalizedText[] }
>();
function awardTitles(table: FactTable) {
  let known = titlesOf.get(table);
  if (!known) {
    const [from, to] = categoryStretch(table, categoryCode('awards'));
    const names = new Codes();
    const titles: LocalizedText[] = [];
    const codes = new Uint32Array(to - from);
    for (let i = from; i < to; i++) {
      const { title } = table.facts[table.sharedWith[i]!] as FactOf<'awards'>;
      const code = names.code(title.vi);
      titles[code] ??= title;
      codes[i - from] = code;
    }
    titlesOf.set(table, (known = { from, codes, titles }));
  }
  return known;
}

/** What the summary's one pass finds per issuer. */
interface IssuerSums {
  /** Issuers in the order they first appear. */
  issuers: number[];
  /** Collectives, then individuals, per issuer code. */
  sums: Float64Array;
  factCount: Uint32Array;
  firstRow: Uint32Array;
  titleLists: LocalizedText[][];
}

// A function of its own, reading only its arguments: in the summary's closure, which its
// source lists capture, every read went through the closure's context.
function sumByIssuer(
  rows: Uint32Array,
  table: FactTable,
  titles: { from: number; codes: Uint32Array; titles: LocalizedText[] },
  collectives: TotalBuilder,
  individuals: TotalBuilder,
): IssuerSums {
  const issuerCount = table.issuers.values.length;
  const collectiveCode = table.variants.find('collective');
  const sums = new Float64Array(issuerCount * 2);
  const factCount = new Uint32Array(issuerCount);
  const issuers: number[] = [];
  const firstRow = new Uint32Array(issuerCount);
  const titleCount = titles.titles.length;
  const hasTitle = new Uint8Array(issuerCount * titleCount);
  const titleLists: LocalizedText[][] = [];
  const { value: values, issuer: issuerOf, variant } = table;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const value = values[i]!;
    if (Number.isNaN(value)) continue;
    const issuer = issuerOf[i]!;
    if (factCount[issuer]!++ === 0) {
      issuers.push(issuer);
      firstRow[issuer] = i;
      titleLists[issuer] = [];
    }
    const title = titles.codes[i - titles.from]!;
    if (!hasTitle[issuer * titleCount + title]) {
      hasTitle[issuer * titleCount + title] = 1;
      titleLists[issuer]!.push(titles.titles[title]!);
    }
    const collective = variant[i] === collectiveCode;
    if (collective) collectives.add(i);
    else individuals.add(i);
    sums[issuer * 2 + (collective ? 0 : 1)]! += value;
  }
  return { issuers, sums, factCount, firstRow, titleLists };
}

/** Award recipients by the body that gave them, split into collectives and individuals. */
export function awardSummary(selection: FactRows): AwardSummary {
  return once(selection, 'awards', () => {
    const facts = selection.ofCategory('awards');
    const { table, rows } = facts;
    const issuerCount = table.issuers.values.length;
    const collectives = new TotalBuilder(table, rows.length);
    const individuals = new TotalBuilder(table, rows.length);
    const { issuers, sums, factCount, firstRow, titleLists } = sumByIssuer(
      rows,
      table,
      awardTitles(table),
      collectives,
      individuals,
    );
    // Rows without a number go to an extra code.
    const rowsOfIssuer = rowsByCode(
      () => rows,
      issuerCount + 1,
      (i) => (Number.isNaN(table.value[i]!) ? issuerCount : table.issuer[i]!),
    );
    const awardRows = issuers.map((issuer): AwardRow => ({
      issuer: (table.facts[table.sharedWith[firstRow[issuer]!]!] as FactOf<'awards'>).issuer,
      collective: sums[issuer * 2]!,
      individual: sums[issuer * 2 + 1]!,
      titles: titleLists[issuer]!,
      facts: new FactRows(table, () => rowsOfIssuer(issuer), factCount[issuer]),
    }));
    awardRows.sort(
      (a, b) =>
        b.collective + b.individual - (a.collective + a.individual) ||
        a.issuer.vi.localeCompare(b.issuer.vi),
    );
    return {
      facts,
      disputes: disputesOf(table, [collectives, individuals]),
      collectives: collectives.total(),
      individuals: individuals.total(),
      rows: awardRows,
    };
  });
}
