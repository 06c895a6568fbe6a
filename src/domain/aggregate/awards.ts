import type { LocalizedText } from '../schema/common';
import type { FactOf } from '../schema/fact';
import {
  categoryCode,
  categorySlots,
  categoryStretch,
  Codes,
  type FactTable,
  perTable,
} from './fact-table';
import { FactRows, once, rowsByCode } from './fact-rows';
import { disputesOf, StretchTotal, type RowGroupList, type Total } from './totals';

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

/**
 * Per table, over its award rows (one stretch from `from`): a code for each row's title (by
 * its Vietnamese text), and where a row adds: `issuer * 2` for collectives, `issuer * 2 + 1`
 * for individuals, -1 when it states no number. Worked out once, so a summary's pass reads
 * two columns where it read four.
 */
interface AwardColumns {
  from: number;
  titleCodes: Uint32Array;
  titles: LocalizedText[];
  slots: Int32Array;
}
const awardColumns = perTable((table): AwardColumns => {
  const [from, to] = categoryStretch(table, categoryCode('awards'));
  const collectiveCode = table.variants.find('collective');
  const { slots } = categorySlots(
    table,
    'awards',
    (i) => table.issuer[i]! * 2 + (table.variant[i] === collectiveCode ? 0 : 1),
  );
  const names = new Codes();
  const titles: LocalizedText[] = [];
  const titleCodes = new Uint32Array(to - from);
  for (let i = from; i < to; i++) {
    const { title } = table.facts[table.sharedWith[i]!] as FactOf<'awards'>;
    const code = names.code(title.vi);
    titles[code] ??= title;
    titleCodes[i - from] = code;
  }
  return { from, titleCodes, titles, slots };
});

/**
 * Each issuer code's place in the order of the issuers' Vietnamese names, worked out once
 * per table: the rows' tie-break, which compared the names themselves hundreds of times on
 * every national selection.
 */
const issuerRanks = perTable((table): Uint32Array => {
  const names = table.issuers.values;
  const byName = names.map((_, code) => code).sort((a, b) => names[a]!.localeCompare(names[b]!));
  const ranks = new Uint32Array(names.length);
  byName.forEach((code, place) => (ranks[code] = place));
  return ranks;
});

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
  { from, titleCodes, titles, slots }: AwardColumns,
): IssuerSums {
  const issuerCount = table.issuers.values.length;
  const sums = new Float64Array(issuerCount * 2);
  const factCount = new Uint32Array(issuerCount);
  const issuers: number[] = [];
  const firstRow = new Uint32Array(issuerCount);
  const titleCount = titles.length;
  const hasTitle = new Uint8Array(issuerCount * titleCount);
  const titleLists: LocalizedText[][] = [];
  const values = table.value;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const slot = slots[i - from]!;
    if (slot < 0) continue;
    const issuer = slot >>> 1;
    if (factCount[issuer]!++ === 0) {
      issuers.push(issuer);
      firstRow[issuer] = i;
      titleLists[issuer] = [];
    }
    const title = titleCodes[i - from]!;
    if (!hasTitle[issuer * titleCount + title]) {
      hasTitle[issuer * titleCount + title] = 1;
      titleLists[issuer]!.push(titles[title]!);
    }
    sums[slot]! += values[i]!;
  }
  return { issuers, sums, factCount, firstRow, titleLists };
}

/** Award recipients by the body that gave them, split into collectives and individuals. */
export function awardSummary(selection: FactRows): AwardSummary {
  return once(selection, 'awards', () => {
    const facts = selection.ofCategory('awards');
    const { table, rows } = facts;
    const issuerCount = table.issuers.values.length;
    const { issuers, sums, factCount, firstRow, titleLists } = sumByIssuer(
      rows,
      table,
      awardColumns(table),
    );
    // Within the category, rows run by kind of recipient: each total reads its own stretch.
    const collectives = new StretchTotal(
      table,
      selection.ofMeasure('awards', 'recipients', 'collective').rows,
    );
    const individuals = new StretchTotal(
      table,
      selection.ofMeasure('awards', 'recipients', 'individual').rows,
    );
    // Rows without a number go to an extra code.
    const rowsOfIssuer = rowsByCode(
      () => rows,
      issuerCount + 1,
      (i) => (Number.isNaN(table.value[i]!) ? issuerCount : table.issuer[i]!),
    );
    // Most awarded first; between equals, by the issuer's name.
    const rank = issuerRanks(table);
    const totalOf = (issuer: number) => sums[issuer * 2]! + sums[issuer * 2 + 1]!;
    issuers.sort((a, b) => totalOf(b) - totalOf(a) || rank[a]! - rank[b]!);
    const awardRows = issuers.map((issuer): AwardRow => ({
      issuer: (table.facts[table.sharedWith[firstRow[issuer]!]!] as FactOf<'awards'>).issuer,
      collective: sums[issuer * 2]!,
      individual: sums[issuer * 2 + 1]!,
      titles: titleLists[issuer]!,
      facts: new FactRows(table, () => rowsOfIssuer(issuer), factCount[issuer]),
    }));
    return {
      facts,
      disputes: disputesOf(table, [collectives, individuals]),
      collectives: collectives.total(),
      individuals: individuals.total(),
      rows: awardRows,
    };
  });
}
