/**
 * Recruitment: the share of the call-up quota met ("hoàn thành 100% chỉ tiêu giao quân",
 * "chỉ tiêu tuyển quân đạt 100%") and the youths enlisted ("2.550 thanh niên nhập ngũ",
 * "giao 1.200 tân binh"), each only in a clause about the call-up (giao quân, tuyển quân,
 * nhập ngũ…) and not about registration or medical screening.
 */
import type { Paragraph } from '../clean';
import { clauseWithHeading, matchAll, within } from '../context';
import { NUM, parseNumber, QUALIFIER, qualifierOf } from '../numbers';
import { findPeriods, periodOf } from '../periods';
import type { DraftFact } from '../types';
import { makeFact, type FigureContext } from './shared';

const callUp = /nhap ngu|giao quan|tuyen quan|len duong|tan binh|tuyen chon va goi|goi cong dan/;
const screening = /dang ky|kham tuyen|so tuyen|kham suc khoe|kiem tra suc khoe/;

const pctRe = new RegExp(String.raw`(?<![\p{L}\d.,])(?:(${QUALIFIER}) +)?(${NUM}) *%`, 'gu');
const enlistedRe = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:(${QUALIFIER}) +)?(${NUM}) *(?:thanh nien|cong dan|tan binh|chien si moi)(?![\p{L}])`,
  'gu',
);

/** A year stated just after a figure ("… nhập ngũ năm 2024"), not a comparison ("hơn năm 2018"). */
function periodAfter(p: Paragraph, from: number, clauseEnd: number) {
  const mention = within(findPeriods(p), from, clauseEnd + 40)[0];
  if (!mention || mention.start - from > 80) return undefined;
  if (/(?:hon|so voi|voi|cua) *$/.test(p.folded.slice(from, mention.start))) return undefined;
  return periodOf(mention) ?? undefined;
}

export function findRecruitment(ctx: FigureContext, p: Paragraph): DraftFact[] {
  const out: DraftFact[] = [];
  for (const m of matchAll(p, pctRe)) {
    const value = parseNumber(m[2] ?? '');
    if (!Number.isFinite(value) || value > 1000) continue;
    const end = m.index + m[0].length;
    const clause = clauseWithHeading(p, m.index, end);
    const text = p.folded.slice(clause.start, clause.end);
    const after = p.folded.slice(end, Math.min(clause.end, end + 60));
    const before = p.folded.slice(Math.max(clause.start, m.index - 50), m.index);
    if (!callUp.test(text)) continue;
    // "… đạt 100% chỉ tiêu", "chỉ tiêu … đạt 100%", or "120 thanh niên nhập ngũ (đạt 100%)".
    const quota = /^ *(?:so )?chi tieu/.test(after) || /chi tieu/.test(before);
    const ofEnlisted =
      /(?:^|[^\p{L}])(?:dat|bang|hoan thanh) *$/u.test(before) &&
      /(?:thanh nien|cong dan|tan binh)[^;]{0,30}$/.test(before);
    if (!quota && !ofEnlisted) continue;
    if (/chuong trinh|noi dung|huan luyen/.test(after.slice(0, 30))) continue;
    const quotaEnd = /^ *(?:so )?chi tieu(?: (?:giao quan|tuyen quan))?/.exec(after);
    const period = periodAfter(p, end, clause.end);
    out.push(
      makeFact(ctx, p, m.index, end + (quotaEnd?.[0].length ?? 0), {
        category: 'recruitment',
        measure: 'quota-completion-pct',
        value,
        qualifier: qualifierOf(m[1]),
        ...(period ? { period } : {}),
      }),
    );
  }
  for (const m of matchAll(p, enlistedRe)) {
    const value = parseNumber(m[2] ?? '');
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    const clause = clauseWithHeading(p, m.index, end);
    const text = p.folded.slice(clause.start, clause.end);
    if (!callUp.test(text)) continue;
    const before = p.folded.slice(clause.start, m.index);
    const after = p.folded.slice(end, clause.end);
    if (screening.test(before) && !callUp.test(after.slice(0, 40))) continue;
    const joined = /^ *(?:nhap ngu|len duong nhap ngu)/.exec(after);
    out.push(
      makeFact(ctx, p, m.index, end + (joined?.[0].length ?? 0), {
        category: 'recruitment',
        measure: 'enlisted',
        value,
        qualifier: qualifierOf(m[1]),
      }),
    );
  }
  return out;
}
