/**
 * Defence and security education and training:
 * - people of target groups 1-4 ("cử 21 đ/c đối tượng 3", "đối tượng 2: 15 đồng chí"), sent
 *   to a course ("cử") or taught locally, with the classes held for them ("01 lớp cho …");
 * - pupils and students ("giáo dục QP-AN cho 1.925 học sinh, sinh viên trường …") in a clause
 *   about defence education, with the schools named after them;
 * - training: courses attended ("tham gia 02 lớp tập huấn do … tổ chức"), cadres trained
 *   ("tập huấn cho 64 cán bộ …"), and the training programme completed ("hoàn thành 100% nội
 *   dung, chương trình huấn luyện").
 */
import type { LocalizedText } from '@/domain/schema/common';
import { foldDiacritics } from '@/domain/text';
import type { Paragraph } from '../clean';
import { clauseAround, clauseWithHeading, matchAll } from '../context';
import { NUM, parseNumber, QUALIFIER, qualifierOf } from '../numbers';
import { bodyToEnglish } from '../terms';
import type { DraftFact } from '../types';
import { capitalise, makeFact, type FigureContext } from './shared';

const groupRe = /(?<![\p{L}])doi tuong +([1-4])(?![\d])/gu;
const PEOPLE = String.raw`d\/c|dong chi|nguoi|can bo|hoc vien|dai bieu|lanh dao|dang vien`;
const countBefore = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUM}) *(?:(?:${PEOPLE})(?: +\p{L}+){0,4} *)?$`,
  'u',
);
const countAfter = new RegExp(
  String.raw`^ *(?::|\(|,? *(?:gom|co|la))? *(${NUM}) *(?:${PEOPLE})`,
  'u',
);
const classesBefore = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUM}) *lop(?: +(?:boi duong|hoc|tap huan))?(?: +cho)?[^;.]{0,12}$`,
  'u',
);
const resultRe = /^[^;.]{0,90}?dat(?: ket qua)? +(kha,? *gioi|kha|gioi|xuat sac|tot)/;
const resultEnglish: Record<string, string> = {
  kha: 'good results',
  gioi: 'excellent results',
  'xuat sac': 'outstanding results',
  tot: 'good results',
};

function resultOf(after: string, original: string, offset: number): LocalizedText | undefined {
  const r = resultRe.exec(after);
  if (!r) return undefined;
  const key = (r[1] ?? '').replace(/[ ,]+/g, ' ');
  const vi = original
    .slice(offset + r[0].lastIndexOf('dat'), offset + r[0].length)
    .replace(/\s+/g, ' ')
    .trim();
  return {
    vi,
    en: key === 'kha gioi' ? 'good or excellent results' : (resultEnglish[key] ?? 'results stated'),
  };
}

const studentsRe = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:(${QUALIFIER}) +)?(${NUM}) *(?:em +)?(?:hoc sinh(?:,? *sinh vien)?|sinh vien|hssv|hoc vien)(?![\p{L}])`,
  'gu',
);
const defenceEducation =
  /giao duc quoc phong|gdqp|qp *- *an|quoc phong *[-–]? *an ninh|quoc phong va an ninh|kien thuc quoc phong|huan luyen quan su/;
const school = /^(?:truong|trung tam|dai hoc|cao dang|hoc vien|khoa)(?![\p{L}])/u;

export function findEducation(ctx: FigureContext, p: Paragraph): DraftFact[] {
  const out: DraftFact[] = [];
  for (const g of matchAll(p, groupRe)) {
    const group = `group-${g[1]}` as 'group-1';
    // "Đối tượng 4: 230 đồng chí": the count after a colon belongs to the group.
    const colon = /^ *:/.exec(p.folded.slice(g.index + g[0].length));
    const clause = clauseAround(
      p,
      g.index,
      g.index + g[0].length + (colon ? colon[0].length + 1 : 0),
    );
    const lead = p.folded.slice(Math.max(clause.start, g.index - 40), g.index);
    const tail = p.folded.slice(g.index + g[0].length, Math.min(clause.end, g.index + 120));
    let value: number | undefined;
    let start = g.index;
    const before = countBefore.exec(lead);
    const after = countAfter.exec(tail);
    if (before) {
      value = parseNumber(before[1] ?? '');
      start = g.index - lead.length + before.index;
    } else if (after) value = parseNumber(after[1] ?? '');
    if (value === undefined || !Number.isFinite(value)) continue;
    const end = after && !before ? g.index + g[0].length + after[0].length : g.index + g[0].length;
    // "cử" (sent) as written: folded, it would also be "cụ thể" or "cũ".
    const delivery = /(?:^|[^\p{L}])cử(?![\p{L}])/iu.test(p.text.slice(clause.start, start))
      ? 'sent-to-course'
      : 'held-locally';
    const result = resultOf(tail, p.text, g.index + g[0].length);
    out.push(
      makeFact(ctx, p, start, end, {
        category: 'education',
        measure: 'trainees',
        targetGroup: group,
        delivery,
        institutions: [],
        value,
        qualifier: 'exact',
        ...(result ? { result } : {}),
      }),
    );
    const classes = classesBefore.exec(p.folded.slice(Math.max(clause.start, start - 40), start));
    if (classes) {
      const at = start - Math.min(40, start - clause.start) + classes.index;
      const n = parseNumber(classes[1] ?? '');
      if (Number.isFinite(n))
        out.push(
          makeFact(ctx, p, at, at + (classes[1] ?? '').length + 4, {
            category: 'education',
            measure: 'classes',
            targetGroup: group,
            delivery,
            institutions: [],
            value: n,
            qualifier: 'exact',
          }),
        );
    }
  }

  for (const m of matchAll(p, studentsRe)) {
    const value = parseNumber(m[2] ?? '');
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    const clause = clauseWithHeading(p, m.index, end);
    if (!defenceEducation.test(p.folded.slice(clause.start, clause.end))) continue;
    const institutions = p.text
      .slice(end, clause.end)
      .split(/ *, *| +và +/u)
      .map((s) => s.replace(/[.;:…]+$/u, '').trim())
      .filter((s) => school.test(foldDiacritics(s)))
      .map(capitalise);
    out.push(
      makeFact(ctx, p, m.index, end, {
        category: 'education',
        measure: 'trainees',
        targetGroup: 'students',
        delivery: 'held-locally',
        institutions,
        value,
        qualifier: qualifierOf(m[1]),
      }),
    );
  }
  return out;
}

const coursesRe = new RegExp(
  String.raw`(?<![\p{L}])(?:tham gia|tham du|cu can bo (?:tham gia|di)|du) +(${NUM}) *lop +(?:tap huan|boi duong|huan luyen)`,
  'gu',
);
const cadresRe = new RegExp(
  String.raw`(?<![\p{L}])(?:tap huan|boi duong|huan luyen) +cho +(${NUM}) *(can bo|chi huy|cb)(?![\p{L}])`,
  'gu',
);
const programmeRe = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUM}) *% *(?:(?:noi dung|ke hoach),? *)?(?:chuong trinh|ke hoach) +huan luyen`,
  'gu',
);

export function findTraining(ctx: FigureContext, p: Paragraph): DraftFact[] {
  const out: DraftFact[] = [];
  for (const m of matchAll(p, coursesRe)) {
    const value = parseNumber(m[1] ?? '');
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    const clause = clauseAround(p, m.index, end);
    const after = p.folded.slice(end, clause.end);
    if (/^[^,;]{0,30}doi tuong/.test(after)) continue; // a defence-education class: see above
    const by = /^ *do +(.{3,60}?) +to chuc/.exec(after);
    const organiserVi = by
      ? p.text.slice(end + by[0].indexOf(by[1] ?? ''), end + by[0].lastIndexOf(' to chuc')).trim()
      : undefined;
    out.push(
      makeFact(ctx, p, m.index, end, {
        category: 'training',
        measure: 'courses-attended',
        value,
        qualifier: 'exact',
        ...(organiserVi
          ? {
              organiser: {
                vi: organiserVi,
                en: bodyToEnglish(organiserVi, ctx.matcher.units) ?? `${organiserVi} [vi]`,
              },
            }
          : {}),
      }),
    );
  }
  for (const m of matchAll(p, cadresRe)) {
    const value = parseNumber(m[1] ?? '');
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    const clause = clauseAround(p, m.index, end);
    const audienceEnd = Math.min(clause.end, end + 40);
    const nounStart = end - (m[2] ?? '').length;
    const audience = p.text.slice(nounStart, audienceEnd).split(/[,;.]/)[0]?.trim();
    out.push(
      makeFact(ctx, p, m.index, end, {
        category: 'training',
        measure: 'cadres-trained',
        value,
        qualifier: 'exact',
        ...(audience ? { audience: { vi: capitalise(audience), en: `${audience} [vi]` } } : {}),
      }),
    );
  }
  for (const m of matchAll(p, programmeRe)) {
    const value = parseNumber(m[1] ?? '');
    if (!Number.isFinite(value) || value > 100) continue;
    out.push(
      makeFact(ctx, p, m.index, m.index + m[0].length, {
        category: 'training',
        measure: 'programme-completion-pct',
        value,
        qualifier: 'exact',
      }),
    );
  }
  return out;
}
