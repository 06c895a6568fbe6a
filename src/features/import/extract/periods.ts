/**
 * Periods the text names — "quý 1", "quý II/2024", "6 tháng đầu năm 2024", "9 tháng", "năm 2020",
 * "nhiệm kỳ 2020-2025" — which of them the conference reviews and which it plans for, and, for
 * any sentence, whether it tells of results (reviewed) or of tasks ahead (planned).
 */
import type { Period, PeriodKind } from '@/domain/schema/period';
import type { Paragraph } from './clean';
import { matchAll, sentenceAround, sentencesOf, Taken, within, type Range } from './context';
import { isoOf } from './dates';

export type Role = 'reviewed' | 'planned';

export interface PeriodMention {
  paragraph: Paragraph;
  start: number;
  end: number;
  kind: PeriodKind;
  /** Quarter 1-4 or half 1-2 or nine months (1). */
  part: number;
  year?: number;
  endYear?: number;
  /** True when the year was taken from a neighbouring mention. */
  yearBorrowed: boolean;
}

const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const patterns: {
  re: RegExp;
  make: (m: RegExpExecArray) => Omit<PeriodMention, 'paragraph' | 'start' | 'end' | 'yearBorrowed'>;
}[] = [
  {
    re: /(?<![\p{L}])(?:nhiem ky|giai doan) +(\d{4}) *- *(\d{4})/gu,
    make: (m) => ({ kind: 'term', part: 0, year: Number(m[1]), endYear: Number(m[2]) }),
  },
  {
    re: /(?<![\p{L}\d])(?<!ngay )(?:9|chin) +thang(?! +\d)(?: +dau)?(?: +nam)?(?: +(\d{4}))?(?!\d)/gu,
    make: (m) => ({ kind: 'nine-months', part: 1, year: num(m[1]) }),
  },
  {
    re: /(?<![\p{L}\d])(?:(?:6|sau) +thang|nua) +(dau|cuoi) +nam(?: +(\d{4}))?(?!\d)/gu,
    make: (m) => ({ kind: 'half-year', part: m[1] === 'dau' ? 1 : 2, year: num(m[2]) }),
  },
  {
    re: /(?<![\p{L}\d])(?:6|sau) +thang +nam +(\d{4})(?!\d)/gu,
    make: (m) => ({ kind: 'half-year', part: 1, year: num(m[1]) }),
  },
  {
    re: /(?<![\p{L}])quy +(iv|iii|ii|i|[1-4])(?![\p{L}\d])(?: *(?:\/|-|nam) *(\d{4}))?(?!\d)/gu,
    make: (m) => ({
      kind: 'quarter',
      part: roman[m[1] ?? ''] ?? Number(m[1]),
      year: num(m[2]),
    }),
  },
  {
    re: /(?<![\p{L}])nam +(\d{4})(?!\d)/gu,
    make: (m) => ({ kind: 'year', part: 0, year: num(m[1]) }),
  },
];

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  return n >= 1900 && n <= 2100 ? n : undefined;
}

const found = new WeakMap<Paragraph, PeriodMention[]>();

/**
 * Every period a paragraph names, in text order; a missing year borrowed from its sentence.
 * Read once per paragraph: later calls return the same mentions (whose years the extraction
 * may complete once it knows the conference's date).
 */
export function findPeriods(p: Paragraph): PeriodMention[] {
  let out = found.get(p);
  if (!out) {
    out = readPeriods(p);
    found.set(p, out);
  }
  return out;
}

function readPeriods(p: Paragraph): PeriodMention[] {
  const out: PeriodMention[] = [];
  const taken = new Taken(p.text.length);
  for (const { re, make } of patterns) {
    for (const m of matchAll(p, re)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (taken.overlaps(start, end)) continue;
      taken.take(start, end);
      const made = make(m);
      if (made.kind === 'year' && made.year === undefined) continue;
      out.push({ paragraph: p, start, end, yearBorrowed: false, ...made });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "quý 1 và … quý 2/2024": the first takes the year of the next in its sentence, else the last.
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as PeriodMention;
    if (m.year !== undefined) continue;
    const s = sentenceAround(p, m.start, m.end);
    const inSentence = within(out, s.start, s.end).filter((o) => o.year !== undefined);
    const donor = inSentence.find((o) => o.start > m.start) ?? inSentence.at(-1);
    if (donor?.year !== undefined) {
      m.year = donor.year;
      m.yearBorrowed = true;
    }
  }
  return out;
}

/** The period a mention names, once its year is known. */
export function periodOf(
  m: Pick<PeriodMention, 'kind' | 'part' | 'year' | 'endYear'>,
): Period | null {
  const y = m.year;
  if (y === undefined) return null;
  const end = (mo: number) =>
    isoOf(y, mo, mo === 2 ? 28 : [4, 6, 9, 11].includes(mo) ? 30 : 31) ?? '';
  switch (m.kind) {
    case 'year':
      return { kind: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
    case 'quarter': {
      const first = (m.part - 1) * 3 + 1;
      return { kind: 'quarter', start: isoOf(y, first, 1) ?? '', end: end(first + 2) };
    }
    case 'half-year':
      return m.part === 1
        ? { kind: 'half-year', start: `${y}-01-01`, end: `${y}-06-30` }
        : { kind: 'half-year', start: `${y}-07-01`, end: `${y}-12-31` };
    case 'nine-months':
      return { kind: 'nine-months', start: `${y}-01-01`, end: `${y}-09-30` };
    case 'term':
      return m.endYear !== undefined && m.endYear >= y
        ? { kind: 'term', start: `${y}-01-01`, end: `${m.endYear}-12-31` }
        : null;
    default:
      return null;
  }
}

export const samePeriod = (a: Period | null | undefined, b: Period | null | undefined) =>
  !!a && !!b && a.kind === b.kind && a.start === b.start && a.end === b.end;

const reviewCue = /danh gia|tong ket|so ket|ket qua|nam qua/g;
const planCue =
  /nghi quyet|phuong huong|ke hoach|trien khai|thoi gian toi|de ra|xac dinh|phan dau|tiep tuc|nhiem vu trong tam/g;

/** Reviewed or planned, by the cue nearest before the mention in its sentence. */
export function roleByCue(p: Paragraph, m: { start: number }): Role | undefined {
  const s = sentenceAround(p, m.start);
  const before = p.folded.slice(s.start, m.start);
  if (/(?:^|[^\p{L}])trong +$/u.test(before)) return 'reviewed';
  const last = (re: RegExp) => {
    let at = -1;
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = re.exec(before)) !== null) at = x.index;
    return at;
  };
  const r = last(reviewCue);
  const q = last(planCue);
  if (r < 0 && q < 0) return undefined;
  return r > q ? 'reviewed' : 'planned';
}

const strongPlan =
  /thoi gian toi|phuong huong|phan dau|de nghi|yeu cau|nhiem vu trong tam|nam toi|(?:^|[^\p{L}])se |ke hoach nam|chuan bi cho/u;
const strongReview =
  /(?:^|[^\p{L}])da |(?:^|[^\p{L}])duoc |hoan thanh|dat ket qua|to chuc thanh cong|ket qua dat duoc/u;

export interface TimeContext {
  reviewed: Period | null;
  planned: Period | null;
  /** Reviewed or planned: what a sentence of the text tells of. */
  roleAt(p: Paragraph, index: number): Role;
  /** The period a figure at that place belongs to. */
  periodAt(p: Paragraph, index: number): Period | null;
}

/** A period named in the first words of a sentence ("Năm 2023, …", "Trong quý 1 năm 2024, …"). */
function leadingMention(s: Range, mentions: readonly PeriodMention[]): PeriodMention | undefined {
  return within(mentions, s.start, Math.min(s.end, s.start + 60)).find(
    (m) => m.start - s.start <= 25 && m.end <= s.end,
  );
}

/**
 * Decides, once per sentence, whether it tells of the reviewed or the planned period: a period
 * named in its first words decides; else its cue words; else the paragraph's first decided
 * sentence; else the previous paragraph's; else reviewed.
 */
export function buildTimeContext(
  paragraphs: readonly Paragraph[],
  mentions: readonly PeriodMention[],
  reviewed: Period | null,
  planned: Period | null,
): TimeContext {
  const roles = new Map<
    Paragraph,
    { range: Range; role: Role | undefined; period: Period | null }[]
  >();
  const paragraphRole = new Map<Paragraph, Role>();
  const byParagraph = new Map<Paragraph, PeriodMention[]>();
  for (const m of mentions) {
    const list = byParagraph.get(m.paragraph);
    if (list) list.push(m);
    else byParagraph.set(m.paragraph, [m]);
  }
  let previous: Role = 'reviewed';
  for (const p of paragraphs) {
    if (!p.text.trim()) continue;
    const list: { range: Range; role: Role | undefined; period: Period | null }[] = [];
    for (const s of sentencesOf(p)) {
      let role: Role | undefined;
      let period: Period | null = null;
      const lead = leadingMention(s, byParagraph.get(p) ?? []);
      const leadPeriod = lead ? periodOf(lead) : null;
      if (leadPeriod) {
        period = leadPeriod;
        if (samePeriod(leadPeriod, planned)) role = 'planned';
        else if (samePeriod(leadPeriod, reviewed)) role = 'reviewed';
        else if (reviewed && leadPeriod.start > reviewed.end) role = 'planned';
        else if (planned && leadPeriod.end < planned.start) role = 'reviewed';
      }
      if (!role) {
        const text = p.folded.slice(s.start, s.end);
        const planAt = text.search(strongPlan);
        const reviewAt = text.search(strongReview);
        if (planAt >= 0 && (reviewAt < 0 || planAt < reviewAt)) role = 'planned';
        else if (reviewAt >= 0) role = 'reviewed';
      }
      list.push({ range: s, role, period });
    }
    const first = list.find((x) => x.role)?.role;
    const own: Role = first ?? previous;
    paragraphRole.set(p, own);
    previous = own;
    roles.set(p, list);
  }
  const sentenceAt = (p: Paragraph, index: number) =>
    roles.get(p)?.find((x) => x.range.start <= index && index <= x.range.end);
  const roleAt = (p: Paragraph, index: number): Role =>
    sentenceAt(p, index)?.role ?? paragraphRole.get(p) ?? 'reviewed';
  return {
    reviewed,
    planned,
    roleAt,
    periodAt(p, index) {
      const s = sentenceAt(p, index);
      if (s?.period) return s.period;
      return roleAt(p, index) === 'planned' ? (planned ?? reviewed) : (reviewed ?? planned);
    },
  };
}

/**
 * The year of a period named without one ("6 tháng cuối năm", "quý I"): the year that puts
 * the period nearest the conference's date (around it, else just before or after).
 */
export function fillYear(m: PeriodMention, date: string) {
  if (m.year !== undefined) return;
  const year = Number(date.slice(0, 4));
  let best: { y: number; d: number } | undefined;
  for (const y of [year, year - 1, year + 1]) {
    const period = periodOf({ ...m, year: y });
    if (!period) continue;
    const d =
      date < period.start
        ? days(date, period.start)
        : date > period.end
          ? days(period.end, date)
          : 0;
    if (!best || d < best.d) best = { y, d };
  }
  m.year = best?.y ?? year;
  m.yearBorrowed = true;
}

const days = (a: string, b: string) =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
