/**
 * Place names of the unit table found in the text, ignoring diacritics and case, through the
 * units' names and aliases. A name with its type word ("Quận Dương Kinh", "TP Hải Phòng")
 * matches as written in any case; a bare name ("Dương Kinh") must be capitalised as a proper
 * name is (so "chiến đấu anh dũng" is not Anh Dũng ward) unless a type word comes just before
 * it ("huyện thạch thất") or the whole text has no capitals. Short aliases ("HP", "BG") match
 * only in capitals. The words of a name must be separated by spaces only: "Cát Hải, An Lão"
 * holds no "Hải An".
 */
import { foldDiacritics } from '@/domain/text';
import type { Unit, UnitLevel, UnitType } from '@/domain/schema/unit';
import { indexUnits, unitValidOn, type UnitIndex } from '@/domain/units';
import type { Paragraph } from './clean';

interface NameKey {
  words: string[];
  unitIds: string[];
  /** Begins with the unit's type word: matches in any case. */
  typed: boolean;
  /** That type word (folded), for the level it gives. */
  typeWord?: string;
  /** A short alias (HP): matches only as written, in capitals. */
  exact?: string;
  /** For bare names: which words must be capitalised in the text. */
  capitals: boolean[];
}

export interface UnitMatcher {
  units: readonly Unit[];
  index: UnitIndex;
  byFirstWord: Map<string, NameKey[]>;
}

/** The words that name a unit's type in front of its name (folded). */
const typeWords: Record<UnitType, string[]> = {
  country: ['nuoc'],
  'military-region': [],
  'capital-command': [],
  province: ['tinh'],
  'centrally-run-city': ['thanh pho', 'tp'],
  'urban-district': ['quan', 'q'],
  'rural-district': ['huyen', 'h'],
  town: ['thi xa', 'tx'],
  'provincial-city': ['thanh pho', 'tp'],
  'municipal-city': ['thanh pho', 'tp'],
  ward: ['phuong', 'p'],
  commune: ['xa', 'x'],
  township: ['thi tran', 'tt'],
};

/** A type word in the text (folded) and the level it gives; "thành phố" may be either. */
export const LEVEL_WORD = String.raw`thanh pho|tp|tinh|quan|huyen|thi xa|tx|xa|phuong|thi tran|tt`;

export function levelsOfWord(word: string): UnitLevel[] {
  switch (word.replace(/\.$/, '').trim()) {
    case 'tinh':
      return ['province'];
    case 'thanh pho':
    case 'tp':
      return ['province', 'district'];
    case 'quan':
    case 'huyen':
    case 'thi xa':
    case 'tx':
    case 'q':
    case 'h':
      return ['district'];
    case 'xa':
    case 'phuong':
    case 'thi tran':
    case 'tt':
    case 'p':
    case 'x':
      return ['commune'];
    default:
      return [];
  }
}

const wordsOf = (folded: string) => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function buildUnitMatcher(units: readonly Unit[]): UnitMatcher {
  const byKey = new Map<string, NameKey>();
  const add = (unit: Unit, name: string) => {
    const cleaned = name.replace(/\([^)]*\)/g, ' ').trim();
    const words = wordsOf(foldDiacritics(cleaned));
    if (words.length === 0) return;
    const originalWords = cleaned.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const prefixes = typeWords[unit.type].map((t) => t.split(' '));
    const typedBy = prefixes.find(
      (t) => t.length < words.length && t.every((w, i) => words[i] === w),
    );
    const variants: { words: string[]; typed: boolean; original: string[]; typeWord?: string }[] = [
      {
        words,
        typed: typedBy !== undefined,
        original: originalWords,
        typeWord: typedBy?.join(' '),
      },
    ];
    if (typedBy) {
      variants.push({
        words: words.slice(typedBy.length),
        typed: false,
        original: originalWords.slice(typedBy.length),
      });
    }
    for (const v of variants) {
      const compact = v.words.join(' ');
      const short = v.words.length === 1 && compact.replace(/\d/g, '').length <= 3;
      const id = `${compact}|${short ? cleaned : ''}`;
      const existing = byKey.get(id);
      if (existing) {
        if (!existing.unitIds.includes(unit.id)) existing.unitIds.push(unit.id);
        existing.typed &&= v.typed;
        continue;
      }
      byKey.set(id, {
        words: v.words,
        unitIds: [unit.id],
        typed: v.typed,
        typeWord: v.typeWord,
        exact: short ? cleaned : undefined,
        capitals: v.original.map((w) => /^\p{Lu}/u.test(w)),
      });
    }
  };
  for (const unit of units) {
    add(unit, unit.name.vi);
    for (const alias of unit.aliases) add(unit, alias);
  }
  const byFirstWord = new Map<string, NameKey[]>();
  for (const key of byKey.values()) {
    const first = key.words[0] as string;
    const list = byFirstWord.get(first);
    if (list) list.push(key);
    else byFirstWord.set(first, [key]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { units, index: indexUnits(units), byFirstWord };
}

export interface RawMention {
  unitIds: string[];
  paragraph: Paragraph;
  start: number;
  end: number;
  /** Levels the type word before the name gives ("huyện X" → district). */
  levelHint: UnitLevel[];
  /** The type word, as the text writes it, when it stands just before the name. */
  typeWord?: string;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(folded: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null)
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function joinable(folded: string, a: Token, b: Token): boolean {
  const gap = folded.slice(a.end, b.start);
  if (/^ +$/.test(gap)) return true;
  if (a.word.length <= 2 && /^\. *$/.test(gap)) return true;
  return /^ *- *$/.test(gap);
}

const levelWordBefore = new RegExp(String.raw`(?:^|[^\p{L}\d])(${LEVEL_WORD})\.? *$`, 'u');

/** Every unit name in a paragraph, longest first, in text order. */
export function findMentions(matcher: UnitMatcher, p: Paragraph, caseless: boolean): RawMention[] {
  const out: RawMention[] = [];
  const toks = tokens(p.folded);
  let previous: RawMention | undefined;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Token;
    const keys = matcher.byFirstWord.get(tok.word);
    if (!keys) continue;
    for (const key of keys) {
      const n = key.words.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const t = toks[i + k] as Token;
        ok = t.word === key.words[k] && joinable(p.folded, toks[i + k - 1] as Token, t);
      }
      if (!ok) continue;
      const start = tok.start;
      const end = (toks[i + n - 1] as Token).end;
      if (key.exact !== undefined) {
        const written = p.text.slice(start, end);
        if (written !== key.exact || written !== written.toUpperCase()) continue;
      }
      const before = key.typeWord
        ? null
        : levelWordBefore.exec(p.folded.slice(Math.max(0, start - 12), start));
      let typeWord = key.typeWord ?? before?.[1];
      let levelHint = typeWord ? levelsOfWord(typeWord) : [];
      // "các huyện A, B và C": B and C take A's type word.
      if (
        !typeWord &&
        previous &&
        /^ *(?:,|va|và|;) *$/.test(p.folded.slice(previous.end, start)) &&
        previous.levelHint.length
      ) {
        levelHint = previous.levelHint;
        typeWord = previous.typeWord;
      }
      if (!key.typed && key.exact === undefined && !caseless && levelHint.length === 0) {
        const words = p.text
          .slice(start, end)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
        const capitalised = key.capitals.every((cap, k) => !cap || /^\p{Lu}/u.test(words[k] ?? ''));
        if (!capitalised) continue;
      }
      const mention: RawMention = {
        unitIds: key.unitIds,
        paragraph: p,
        start,
        end,
        levelHint,
        typeWord,
      };
      out.push(mention);
      previous = mention;
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * The unit a mention most likely means: one of the level its type word gives, valid on the
 * day (when known), under the reporting unit's province when there is one.
 */
export function pickUnit(
  matcher: UnitMatcher,
  unitIds: readonly string[],
  options: { levels?: readonly UnitLevel[]; date?: string; near?: string },
): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const id of unitIds) {
    const unit = matcher.index.byId.get(id);
    if (!unit) continue;
    let score = 0;
    if (options.levels?.length) score += options.levels.includes(unit.level) ? 4 : -4;
    if (options.date) score += unitValidOn(unit, options.date) ? 3 : -3;
    else if (unit.validTo === undefined) score += 1;
    if (options.near && related(matcher, id, options.near)) score += 2;
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/** Do the two units share a province (or is one above the other)? */
export function related(matcher: UnitMatcher, a: string, b: string): boolean {
  const chain = (id: string) => {
    const ids = [id];
    let parent = matcher.index.byId.get(id)?.parentId ?? null;
    while (parent && !ids.includes(parent)) {
      ids.push(parent);
      parent = matcher.index.byId.get(parent)?.parentId ?? null;
    }
    return ids;
  };
  const ca = chain(a);
  const cb = chain(b);
  if (ca.includes(b) || cb.includes(a)) return true;
  const province = (ids: string[]) =>
    ids.find((id) => matcher.index.byId.get(id)?.level === 'province');
  const pa = province(ca);
  return pa !== undefined && pa === province(cb);
}
