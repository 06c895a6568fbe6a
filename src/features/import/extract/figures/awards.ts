/**
 * Awards: "<issuer> tặng <title> cho 04 tập thể và 10 cá nhân", "khen thưởng 15 tập thể,
 * 20 cá nhân". Each count of collectives or individuals belongs to the award verb before it;
 * the issuer is the body named before that verb in the same stretch of text (Bộ CHQS thành phố,
 * UBND quận…), resolved against the reporting unit when it names no place; the title is what
 * the verb gives ("Giấy khen", "danh hiệu Đơn vị tiên tiến").
 */
import type { LocalizedText } from '@/domain/schema/common';
import { foldDiacritics } from '@/domain/text';
import type { Paragraph } from '../clean';
import { clauseAround, matchAll, within } from '../context';
import { NUM, parseNumber } from '../numbers';
import { bareName, bodyToEnglish } from '../terms';
import type { DraftFact } from '../types';
import { pickUnit } from '../units';
import { capitalise, makeFact, unitAtLevel, type FigureContext } from './shared';

const verbRe =
  /(?<![\p{L}])(?:trao tang|tang thuong|tang|trao|khen thuong|bieu duong|cong nhan)(?![\p{L}])/gu;
const countRe = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUM}) *(tap the|ca nhan)(?![\p{L}])`,
  'gu',
);

const titles: [RegExp, string][] = [
  [/^bang khen/, 'Certificate of merit (Bằng khen)'],
  [/^giay khen/, 'Certificate of merit'],
  [/^co thi dua/, 'Emulation flag'],
  [/^(?:danh hieu )?don vi tien tien/, 'Advanced unit'],
  [/^(?:danh hieu )?don vi quyet thang/, 'Determined-to-Win unit'],
  [/^(?:danh hieu )?chien si thi dua/, 'Emulation soldier'],
  [/^(?:danh hieu )?chien si tien tien/, 'Advanced soldier'],
  [/^danh hieu thi dua/, 'Emulation title'],
  [/^huan chuong/, 'Order'],
  [/^huy chuong/, 'Medal'],
  [/^ky niem chuong/, 'Commemorative medal'],
  [/^khen thuong/, 'Award'],
];

function titleOf(vi: string): LocalizedText {
  const cleaned = vi
    .replace(/\s+của\s.*$/u, '')
    .replace(/^danh hiệu (?=\p{Lu})/u, '')
    .trim();
  const folded = foldDiacritics(vi);
  const en = titles.find(([re]) => re.test(folded))?.[1] ?? `${cleaned} [vi]`;
  return { vi: capitalise(cleaned), en };
}

export function findAwards(ctx: FigureContext, p: Paragraph): DraftFact[] {
  const out: DraftFact[] = [];
  const counts = matchAll(p, countRe);
  if (!counts.length) return out;
  const bodies = ctx.bodiesIn(p);
  for (const c of counts) {
    const clause = clauseAround(p, c.index, c.index + c[0].length);
    const verbs = matchAll(p, verbRe, { start: clause.start, end: c.index });
    const verb = verbs.at(-1);
    if (!verb) continue;
    const value = parseNumber(c[1] ?? '');
    if (!Number.isFinite(value)) continue;
    const previousVerb = verbs.at(-2);
    const from = previousVerb ? previousVerb.index + previousVerb[0].length : clause.start;
    // The issuer before the verb, or after it: "tặng Giấy khen của Ban CHQS huyện cho …".
    const body =
      within(bodies, from, verb.index).at(-1) ??
      within(bodies, verb.index, c.index).find((b) =>
        /(?:^|[^\p{L}])cua *$/u.test(p.folded.slice(Math.max(0, b.start - 6), b.start)),
      );

    let issuer: LocalizedText = { vi: '(không nêu)', en: '(not stated)' };
    let issuerUnitId: string | undefined;
    if (body) {
      const written = p.text.slice(body.start, body.end).trim();
      issuerUnitId = body.mention
        ? pickUnit(ctx.matcher, body.mention.unitIds, {
            levels: body.levels,
            near: ctx.unitId ?? undefined,
          })
        : body.levels.map((l) => unitAtLevel(ctx, l)).find(Boolean);
      const unit = issuerUnitId ? ctx.matcher.index.byId.get(issuerUnitId) : undefined;
      const vi = unit && !body.mention ? `${written} ${bareName(unit)}` : written;
      issuer = {
        vi,
        en: bodyToEnglish(vi, ctx.matcher.units)?.replace(/^the /, '') ?? `${vi} [vi]`,
      };
    }
    // The title is what the verb gives before "cho"; "… cho 7 cá nhân và Giấy khen cho 2 tập
    // thể" gives a second one after the first count.
    const verbEnd = verb.index + verb[0].length;
    const previousCount = matchAll(p, countRe, { start: verbEnd, end: c.index }).at(-1);
    const firstCho = p.folded.indexOf(' cho ', verbEnd);
    const lastCho = p.folded.lastIndexOf(' cho ', c.index);
    const titleFrom = previousCount ? previousCount.index + previousCount[0].length : verbEnd;
    let titleVi =
      lastCho >= titleFrom
        ? p.text
            .slice(titleFrom, lastCho)
            .replace(/^[ ,;]*(?:và\s+)?/u, '')
            .trim()
        : '';
    if (!titleVi && firstCho > 0 && firstCho < c.index)
      titleVi = p.text.slice(verbEnd, firstCho).trim();
    if (!titleVi) titleVi = p.text.slice(verb.index, verbEnd);
    out.push(
      makeFact(ctx, p, c.index, c.index + c[0].length, {
        category: 'awards',
        measure: 'recipients',
        value,
        qualifier: 'exact',
        issuer,
        ...(issuerUnitId ? { issuerUnitId } : {}),
        recipientKind: c[2] === 'tap the' ? 'collective' : 'individual',
        title: titleOf(titleVi),
      }),
    );
  }
  return out;
}
