/**
 * The reporting unit: the body that holds the conference ("Đảng ủy Quân sự tỉnh/thành phố X",
 * "UBND quận/huyện X", "Ban CHQS huyện X", "Bộ CHQS tỉnh X", "Huyện ủy X"…), its level, and the
 * unit of the table it names. When the body names no place ("UBND huyện tổ chức…"), the unit
 * is inferred from the places the text names: the unit at that level holding most of them.
 */
import type { LocalizedText } from '@/domain/schema/common';
import type { UnitBody, UnitLevel } from '@/domain/schema/unit';
import { ancestorsOf, unitValidOn } from '@/domain/units';
import type { Paragraph } from './clean';
import { firstFrom, sentenceAround } from './context';
import type { DateMention } from './dates';
import { titleHeads } from './terms';
import { LEVEL_WORD, levelsOfWord, pickUnit, type RawMention, type UnitMatcher } from './units';

export interface BodyPhrase {
  paragraph: Paragraph;
  start: number;
  end: number;
  body: NonNullable<UnitBody>;
  levels: UnitLevel[];
  mention?: RawMention;
}

const HEADS = [
  ['dang uy quan su|dang uy qs|duqs', 'military-party-committee'],
  ['ubnd|uy ban nhan dan', 'people-committee'],
  ['hdnd|hoi dong nhan dan', 'people-council'],
  ['ban chqs|bchqs|ban chi huy quan su|bo chqs|bo chi huy quan su', 'military-command'],
  ['bo tu lenh|btl', 'military-region-command'],
  ['tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy', 'party-committee'],
] as const;

const bodyRe = new RegExp(
  String.raw`(?<![\p{L}\d])(${HEADS.map(([h]) => h).join('|')})(?![\p{L}\d])(?: *(${LEVEL_WORD})(?![\p{L}\d])\.?)?`,
  'gu',
);

function bodyOf(head: string): NonNullable<UnitBody> {
  for (const [alternatives, body] of HEADS) if (alternatives.split('|').includes(head)) return body;
  return 'party-committee';
}

function levelsOfHead(head: string): UnitLevel[] {
  if (head === 'tinh uy' || head === 'bo chqs' || head === 'bo chi huy quan su')
    return ['province'];
  if (head === 'thanh uy') return ['province', 'district'];
  if (head === 'huyen uy' || head === 'quan uy' || head === 'thi uy') return ['district'];
  if (head === 'ban chqs' || head === 'bchqs' || head === 'ban chi huy quan su')
    return ['district', 'commune'];
  if (head === 'bo tu lenh' || head === 'btl') return ['military-region'];
  return [];
}

/** Every organising-body phrase of a paragraph, with the unit name that follows it. */
export function findBodyPhrases(p: Paragraph, mentions: readonly RawMention[]): BodyPhrase[] {
  const out: BodyPhrase[] = [];
  bodyRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = bodyRe.exec(p.folded)) !== null) {
    const head = m[1] ?? '';
    const headEnd = m.index + head.length;
    let end = m.index + m[0].length;
    let levels = m[2] ? levelsOfWord(m[2]) : levelsOfHead(head);
    if (m[2] && levelsOfHead(head).length) {
      const both = levels.filter((l) => levelsOfHead(head).includes(l));
      if (both.length) levels = both;
    }
    const at = firstFrom(mentions, headEnd);
    const previous = mentions[at - 1];
    const covering =
      previous && previous.start <= m.index && previous.end >= headEnd ? previous : undefined;
    const next = mentions[at];
    const following = next && next.start <= end + 2 ? next : undefined;
    const mention = covering ?? following;
    if (mention) end = Math.max(end, mention.end);
    out.push({ paragraph: p, start: m.index, end, body: bodyOf(head), levels, mention });
    bodyRe.lastIndex = Math.max(bodyRe.lastIndex, end);
  }
  return out;
}

const heldAfter =
  /^[ ,]*(?:da |long trong |cung |phoi hop |ket hop )?(?:to chuc|khai mac|tien hanh|hop |tong ket|so ket)/;
const venueBefore =
  /tai(?: +(?:hoi truong|tru so|phong hop|nha van hoa|hoi truong cua))?[^,.;]{0,4}$/;
const titleBefore = new RegExp(
  String.raw`(?:${titleHeads.join('|')}|btv|thuong vu|thay mat|cua)[ ,]*$`,
);

/**
 * The body that holds the conference: the one followed by "tổ chức" (or "khai mạc"…), in the
 * sentence of the conference's date, naming a place, early in the text; not a venue
 * ("tại Hội trường Ban CHQS huyện") and not part of someone's title ("Bí thư Đảng ủy Quân sự").
 */
export function chooseOrganiser(
  phrases: readonly BodyPhrase[],
  conferenceDate: DateMention | undefined,
): BodyPhrase | undefined {
  let best: BodyPhrase | undefined;
  let bestScore = 1.5;
  const dateSentence = conferenceDate
    ? sentenceAround(conferenceDate.paragraph, conferenceDate.start, conferenceDate.end)
    : undefined;
  for (const phrase of phrases) {
    const p = phrase.paragraph;
    const after = p.folded.slice(phrase.end, phrase.end + 40);
    const before = p.folded.slice(Math.max(0, phrase.start - 40), phrase.start);
    let score = 0;
    if (heldAfter.test(after)) score += 6;
    if (
      dateSentence &&
      conferenceDate?.paragraph === p &&
      phrase.start >= dateSentence.start &&
      phrase.end <= dateSentence.end
    )
      score += 3;
    if (phrase.mention) score += 2;
    if (phrase.start <= 2 && /^ *:/.test(after)) score += 3;
    if (p.number <= 3) score += 1;
    if (venueBefore.test(before)) score -= 6;
    if (titleBefore.test(before)) score -= 6;
    score -= p.number / 50;
    if (score > bestScore) {
      best = phrase;
      bestScore = score;
    }
  }
  return best;
}

export interface ReportingUnit {
  unitId?: string;
  /** The level of the unit, or the level the body's words give when no unit resolves. */
  level?: UnitLevel;
  status: 'stated' | 'inferred';
  reason?: LocalizedText;
  /** Other units the words could mean equally well. */
  ambiguous: string[];
}

/** The unit the organiser names, or the one the places in the text point to. */
export function resolveReportingUnit(
  matcher: UnitMatcher,
  organiser: BodyPhrase | undefined,
  phrases: readonly BodyPhrase[],
  mentions: readonly RawMention[],
  date: string | undefined,
): ReportingUnit {
  const levels = organiser?.levels ?? [];
  if (organiser?.mention) {
    const unitId = pickUnit(matcher, organiser.mention.unitIds, { levels, date });
    const unit = unitId ? matcher.index.byId.get(unitId) : undefined;
    const others = organiser.mention.unitIds.filter((id) => {
      const u = matcher.index.byId.get(id);
      return id !== unitId && u && (!date || unitValidOn(u, date)) && u.level === unit?.level;
    });
    return { unitId, level: unit?.level, status: 'stated', ambiguous: others };
  }
  const written = organiser
    ? organiser.paragraph.text.slice(organiser.start, organiser.end).trim()
    : undefined;

  // Another body of the same kind and level that names its place ("Huyện ủy Thạch Thất").
  if (organiser) {
    const named = phrases.find(
      (x) => x.mention && x.levels.some((l) => levels.includes(l)) && x !== organiser,
    );
    if (named?.mention) {
      const unitId = pickUnit(matcher, named.mention.unitIds, { levels, date });
      const unit = unitId ? matcher.index.byId.get(unitId) : undefined;
      if (unit && levels.includes(unit.level)) {
        const there = named.paragraph.text.slice(named.start, named.end).trim();
        return {
          unitId,
          level: unit.level,
          status: 'inferred',
          ambiguous: [],
          reason: {
            vi: `Bài chỉ ghi “${written}”; “${there}” ở đoạn ${named.paragraph.number} cho biết đơn vị.`,
            en: `The text only says “${written}”; “${there}” in paragraph ${named.paragraph.number} names the unit.`,
          },
        };
      }
    }
  }

  // The unit at the organiser's level that holds most of the places the text names.
  const votes = new Map<string, { weight: number; names: Set<string> }>();
  for (const mention of mentions) {
    const valid = mention.unitIds.filter((id) => {
      const u = matcher.index.byId.get(id);
      return u && (!date || unitValidOn(u, date));
    });
    if (!valid.length) continue;
    for (const id of valid) {
      const chain = [matcher.index.byId.get(id), ...ancestorsOf(matcher.index, id)];
      const target = chain.find(
        (u) =>
          u &&
          (levels.length
            ? levels.includes(u.level)
            : u.level === 'district' || u.level === 'province'),
      );
      if (!target) continue;
      const v = votes.get(target.id) ?? { weight: 0, names: new Set<string>() };
      v.weight += 1 / valid.length;
      v.names.add(mention.paragraph.text.slice(mention.start, mention.end));
      votes.set(target.id, v);
    }
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1].weight - a[1].weight);
  const [top, second] = ranked;
  if (top && top[1].weight >= 1 && (!second || top[1].weight > second[1].weight)) {
    const unit = matcher.index.byId.get(top[0]);
    const names = [...top[1].names].slice(0, 8).join(', ');
    const unitName = unit?.name ?? { vi: top[0], en: top[0] };
    const opening = written
      ? { vi: `Bài chỉ ghi “${written}”`, en: `The text only says “${written}”` }
      : { vi: 'Bài không nêu đơn vị tổ chức', en: 'The text does not name the organising unit' };
    return {
      unitId: top[0],
      level: unit?.level,
      status: 'inferred',
      ambiguous: [],
      reason: {
        vi: `${opening.vi}; các địa danh được nêu (${names}) thuộc ${unitName.vi}.`,
        en: `${opening.en}; the places it names (${names}) lie in ${unitName.en}.`,
      },
    };
  }
  return {
    level: levels.length === 1 ? levels[0] : undefined,
    status: 'inferred',
    ambiguous: ranked.slice(0, 3).map(([id]) => id),
  };
}
