/**
 * Vietnamese numbers: "." groups thousands and "," marks decimals (2.550 is 2550, 1,5 is 1.5,
 * 01 is 1); a number written the English way with a point and one or two decimals (1.5) is
 * read as a decimal. Amounts of money: "gần 20 tỷ đồng", "1 tỷ 200 triệu đồng", "hơn 300 triệu",
 * "500.000.000 VNĐ". Everything here works on folded text (see `foldSameLength`).
 */
import type { FactOf } from '@/domain/schema/fact';

/** A number as a reader sees it, for use inside a larger regular expression. */
export const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?`;

/** The value of a number token written the Vietnamese way; NaN when it is not one. */
export function parseNumber(token: string): number {
  const t = token.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t))
    return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+\.\d{1,2}$/.test(t)) return Number(t);
  if (/^\d+$/.test(t)) return Number(t);
  return NaN;
}

export type Qualifier = FactOf<'recruitment'>['qualifier'];

/** "gần" is nearly; "hơn", "trên" over; "khoảng", "ước", "xấp xỉ" about (folded words). */
export const QUALIFIER = String.raw`gan|hon|tren|khoang|uoc tinh|uoc|xap xi|chung`;

export function qualifierOf(word: string | undefined): Qualifier {
  switch (word?.trim()) {
    case 'gan':
      return 'nearly';
    case 'hon':
    case 'tren':
      return 'over';
    case 'khoang':
    case 'uoc':
    case 'uoc tinh':
    case 'xap xi':
    case 'chung':
      return 'about';
    default:
      return 'exact';
  }
}

const scales: Record<string, number> = {
  ty: 1e9,
  ti: 1e9,
  trieu: 1e6,
  nghin: 1e3,
  ngan: 1e3,
};

export interface MoneyMatch {
  value: number;
  qualifier: Qualifier;
  start: number;
  end: number;
}

const SCALE = 'ty|ti|trieu|nghin|ngan';
const moneyRe = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:(${QUALIFIER})\s+)?(${NUM})\s*(?:(${SCALE})(?:\s+(${NUM})\s*(trieu|nghin|ngan))?\s*(dong|vnd|d(?![\p{L}]))?|(dong(?! *(?:chi|bao|doi|thoi|y|dang|nghiep|hanh|loat|bo|deu|tinh|vien|long|minh)(?![\p{L}]))|vnd)(?![\p{L}]))`,
  'gu',
);

/** Every amount of money in a folded text, in VND. */
export function findMoney(folded: string): MoneyMatch[] {
  const found: MoneyMatch[] = [];
  moneyRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = moneyRe.exec(folded)) !== null) {
    const [whole, qual, num, scale, num2, scale2, currency, bareCurrency] = m;
    const base = parseNumber(num ?? '');
    if (!Number.isFinite(base)) continue;
    // "20 triệu người" is no money: a scale with neither currency nor billions is a count.
    if (scale && !currency && scale !== 'ty' && scale !== 'ti') continue;
    if (!scale && !bareCurrency) continue;
    // "38 đồng" alone is too small to be money a report would state: a count of something.
    if (!scale && base < 1000) continue;
    let value = base * (scale ? (scales[scale] ?? 1) : 1);
    if (num2 && scale2) value += parseNumber(num2) * (scales[scale2] ?? 1);
    if (!Number.isFinite(value) || value <= 0) continue;
    found.push({
      value: Math.round(value),
      qualifier: qualifierOf(qual),
      start: m.index,
      end: m.index + whole.trimEnd().length,
    });
  }
  return found;
}
