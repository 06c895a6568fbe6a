/**
 * Social policy: houses built or repaired ("xây dựng, sửa chữa 18 nhà tình nghĩa, nhà đồng
 * đội") and money ("gần 20 tỷ đồng", "hơn 300 triệu đồng", "1,5 tỷ"). The purpose is named from
 * the words of the clause it is in (bệnh xá, nhà tình nghĩa, quà, học bổng, ủng hộ…), in our
 * words, not copied: the reviewer completes it.
 */
import type { LocalizedText } from '@/domain/schema/common';
import type { Paragraph } from '../clean';
import { clauseAround, matchAll } from '../context';
import { findMoney, NUM, parseNumber } from '../numbers';
import type { DraftFact } from '../types';
import { makeFact, type FigureContext } from './shared';

const purposes: [RegExp, string, string][] = [
  [/nha tinh nghia/, 'nhà tình nghĩa', 'gratitude houses'],
  [/nha dong doi/, 'nhà đồng đội', 'comrade houses'],
  [/nha dai doan ket/, 'nhà đại đoàn kết', 'solidarity houses'],
  [/nha tinh thuong|nha nhan ai/, 'nhà tình thương', 'charity houses'],
  [/benh xa|tram y te/, 'bệnh xá, trạm y tế', 'infirmary or clinic'],
  [/hoc bong/, 'học bổng', 'scholarships'],
  [/(?:^|[^\p{L}])qua(?![\p{L}])/u, 'quà tặng', 'gifts'],
  [/so tiet kiem/, 'sổ tiết kiệm', 'savings books'],
  [/tro cap|ho tro/, 'hỗ trợ', 'support payments'],
  [
    /doi tuong chinh sach|gia dinh chinh sach|nguoi co cong/,
    'đối tượng chính sách',
    'policy beneficiaries',
  ],
  [/thanh nien nhap ngu|tan binh/, 'thanh niên nhập ngũ', 'enlisted youths'],
  [/xa hoi hoa/, 'nguồn xã hội hóa', 'social funding'],
  [/ung ho|van dong|quyen gop/, 'vận động, ủng hộ', 'donations raised'],
  [/(?:^|[^\p{L}])dao(?![\p{L}])|truong sa|bien dao/u, 'biển, đảo', 'islands'],
  [/xay dung|xay moi|sua chua/, 'xây dựng, sửa chữa', 'building and repair'],
];

function purposeOf(clause: string, fallback: LocalizedText): LocalizedText {
  const found = purposes.filter(([re]) => re.test(clause));
  if (!found.length) return fallback;
  const vi = found.map(([, v]) => v).join('; ');
  return { vi: vi[0]?.toUpperCase() + vi.slice(1), en: found.map(([, , e]) => e).join('; ') };
}

const housesRe = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUM}) *(?:can +|ngoi +)?nha +(?:tinh nghia|dong doi|dai doan ket|tinh thuong|nhan ai|chinh sach|o cho)(?:(?: *,? *(?:va)? *)nha +(?:tinh nghia|dong doi|dai doan ket|tinh thuong|nhan ai))*`,
  'gu',
);
const building = /xay dung|xay moi|sua chua|ban giao|khoi cong|ho tro xay|trao tang|xay tang/;

export function findSocial(ctx: FigureContext, p: Paragraph): DraftFact[] {
  const out: DraftFact[] = [];
  for (const m of matchAll(p, housesRe)) {
    const value = parseNumber(m[1] ?? '');
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    const clause = clauseAround(p, m.index, end);
    if (!building.test(p.folded.slice(clause.start, end))) continue;
    out.push(
      makeFact(ctx, p, m.index, end, {
        category: 'social-policy',
        measure: 'houses-built-or-repaired',
        value,
        qualifier: 'exact',
        purpose: purposeOf(p.folded.slice(m.index, end), {
          vi: 'Nhà tình nghĩa, nhà đồng đội',
          en: 'Gratitude and comrade houses',
        }),
      }),
    );
  }
  const money = findMoney(p.folded);
  let previousEnd = 0;
  for (const m of money) {
    const clause = clauseAround(p, m.start, m.end);
    const from = Math.max(clause.start, previousEnd);
    previousEnd = m.end;
    out.push(
      makeFact(ctx, p, m.start, m.end, {
        category: 'social-policy',
        measure: 'money-vnd',
        value: m.value,
        qualifier: m.qualifier,
        purpose: purposeOf(p.folded.slice(from, Math.min(clause.end, m.end + 60)), {
          vi: `Kinh phí nêu ở đoạn ${p.number}`,
          en: `Money stated in paragraph ${p.number}`,
        }),
      }),
    );
  }
  return out;
}
