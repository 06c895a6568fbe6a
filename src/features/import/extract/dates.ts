/**
 * Dates and times: "Ngày 3/4", "Chiều 6-12", "ngày 21/11/2019", "ngày 24 tháng 01 năm 2020",
 * "(16:13:00 28/06/2024)", "14 giờ 30", "14h". Which date is the conference's, which line is a
 * dated header (the publication date), and, when the conference date has no year, which year
 * it is and why (the header date, the periods the conference reviews and plans, the years the
 * text names, or the day of the paste).
 */
import { isRealIsoDate } from '@/domain/schema/common';
import { periodLabel } from '@/domain/periods';
import type { LocalizedText } from '@/domain/schema/common';
import type { Period } from '@/domain/schema/period';
import type { Report } from '@/domain/schema/report';
import type { Paragraph } from './clean';
import { sentenceAround, Taken, type Range } from './context';

export type TimeOfDay = NonNullable<Report['timeOfDay']>;

export interface DateMention {
  paragraph: Paragraph;
  /** The whole expression, time-of-day word included ("Chiều 6-12"). */
  start: number;
  end: number;
  day: number;
  month: number;
  year?: number;
  timeOfDay?: TimeOfDay;
  /** Preceded by "ngày", "hôm" or a time of day. */
  prefixed: boolean;
}

const TOD = String.raw`sang|chieu|toi|trua|dem`;

const numericDate = new RegExp(
  String.raw`(?:(${TOD}) +(?:(?:hom|ngay) +)?)?(?:(ngay|hom) +)?(?<![\d/.,:-])(\d{1,2}) *([/.-]) *(\d{1,2})(?: *\4 *(\d{4}|\d{2}))?(?![\d/]| *(?:thang|nam|tuoi|nguoi|gio|lop|%))`,
  'g',
);
const wordDate = new RegExp(
  String.raw`(?:(${TOD}) +)?(?:(ngay) +)?(?<![\d/.,:-])(\d{1,2}) +thang +(\d{1,2})(?:(?: +nam|,)? +(\d{4}))?(?!\d)`,
  'g',
);
const relativeBefore = new RegExp(String.raw`(?<![\p{L}])(${TOD}|hom) +(?:nay|qua) *\( *$`, 'u');
const isoDateRe = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

function timeOfDayOf(word: string | undefined): TimeOfDay | undefined {
  switch (word) {
    case 'sang':
      return 'morning';
    case 'chieu':
    case 'trua':
      return 'afternoon';
    case 'toi':
    case 'dem':
      return 'evening';
    default:
      return undefined;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isRealIsoDate(iso) ? iso : undefined;
}

function plausible(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year === undefined) return isoOf(2024, month, day) !== undefined;
  return year >= 1900 && year <= 2100 && isoOf(year, month, day) !== undefined;
}

const fullYear = (y: string | undefined): number | undefined => {
  if (y === undefined) return undefined;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
};

/** Every date in a paragraph, in text order. */
export function findDates(p: Paragraph): DateMention[] {
  const out: DateMention[] = [];
  const taken = new Taken(p.text.length);
  const add = (mention: Omit<DateMention, 'paragraph'>) => {
    if (taken.overlaps(mention.start, mention.end)) return;
    taken.take(mention.start, mention.end);
    out.push({ paragraph: p, ...mention });
  };
  let m: RegExpExecArray | null;
  isoDateRe.lastIndex = 0;
  while ((m = isoDateRe.exec(p.folded)) !== null) {
    const [, y, mo, d] = m;
    if (!plausible(Number(d), Number(mo), Number(y))) continue;
    add({
      start: m.index,
      end: m.index + m[0].length,
      day: Number(d),
      month: Number(mo),
      year: Number(y),
      prefixed: false,
    });
  }
  wordDate.lastIndex = 0;
  while ((m = wordDate.exec(p.folded)) !== null) {
    const [whole, tod, ngay, d, mo, y] = m;
    const year = fullYear(y);
    if (!tod && !ngay && year === undefined) continue;
    if (!plausible(Number(d), Number(mo), year)) continue;
    add({
      start: m.index,
      end: m.index + whole.length,
      day: Number(d),
      month: Number(mo),
      year,
      timeOfDay: timeOfDayOf(tod),
      prefixed: Boolean(tod || ngay),
    });
  }
  numericDate.lastIndex = 0;
  while ((m = numericDate.exec(p.folded)) !== null) {
    const [whole, tod0, ngay, d, sep, mo, y] = m;
    const year = fullYear(y);
    // "Sáng nay (3/4)", "hôm qua (2/4)": the day in brackets after a relative one.
    const relative =
      tod0 || ngay ? null : relativeBefore.exec(p.folded.slice(Math.max(0, m.index - 16), m.index));
    const tod = tod0 ?? (relative?.[1] === 'hom' ? undefined : relative?.[1]);
    const prefixed = Boolean(tod0 || ngay || relative);
    const start = relative ? m.index - relative[0].length : m.index;
    // "3.4" and "6-12" alone are a decimal and a range; only "/" stands alone as a date.
    if (!prefixed && year === undefined && sep !== '/') continue;
    if (sep === '.' && year === undefined) continue;
    if (y?.length === 2 && sep !== '/') continue;
    if (!plausible(Number(d), Number(mo), year)) continue;
    add({
      start,
      end:
        m.index +
        whole.length +
        (relative && /^ *\)/.test(p.folded.slice(m.index + whole.length)) ? 1 : 0),
      day: Number(d),
      month: Number(mo),
      year,
      timeOfDay: timeOfDayOf(tod),
      prefixed,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const conferenceWords =
  /hoi nghi|hoi thao|dai hoi|to chuc|khai mac|dien ra|tong ket|so ket|giao ban|hop /;

export interface HeaderDate {
  iso: string;
  mention: DateMention;
}

/**
 * A line that is little more than a full date — "Hải Phòng, ngày 24 tháng 01 năm 2020",
 * "(16:13:00 28/06/2024)", "Cập nhật: 28/06/2024" — among the first four lines with text or
 * the last three: the date the article was written or published.
 */
export function findHeaderDate(paragraphs: readonly Paragraph[]): HeaderDate | undefined {
  const filled = paragraphs.filter((p) => p.text.trim());
  const candidates = [...filled.slice(0, 4), ...filled.slice(-3)];
  for (const p of candidates) {
    if (p.text.length > 120) continue;
    for (const mention of findDates(p)) {
      if (mention.year === undefined) continue;
      const rest = (p.folded.slice(0, mention.start) + ' ' + p.folded.slice(mention.end))
        .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ' ')
        .replace(
          /\b(?:ngay|thu|chu nhat|cap nhat|dang|dang luc|luc|xuat ban|gmt|hai|ba|tu|nam|sau|bay)\b/g,
          ' ',
        );
      const letters = rest.replace(/[^\p{L}]/gu, '').length;
      if (letters > 30 || mention.timeOfDay || conferenceWords.test(rest)) continue;
      const iso = isoOf(mention.year, mention.month, mention.day);
      if (iso) return { iso, mention };
    }
  }
  return undefined;
}

const rangeBefore = /(?:^|[^\p{L}])(?:tu|den|toi)(?: ngay)? *$|[-–] *$/u;
const rangeAfter = /^ *(?:-|–|den|toi)/;
const anniversaryWords = /ky niem|thanh lap|truyen thong|thuong binh|liet si|chien thang/;

/**
 * The conference's date: a date that opens its sentence ("Ngày 3/4, …", "Chiều 28-6, …"), in a
 * sentence about the conference, not part of a range or an anniversary, earliest first.
 */
export function chooseConferenceDate(
  mentions: readonly DateMention[],
  header: HeaderDate | undefined,
): DateMention | undefined {
  let best: DateMention | undefined;
  let bestScore = 3.5;
  const years = mentions.map((m) => m.year ?? 0);
  const latestYear = Math.max(0, ...years);
  for (const m of mentions) {
    if (header && m === header.mention) continue;
    if (header && m.paragraph === header.mention.paragraph) continue;
    const p = m.paragraph;
    const sentence = sentenceAround(p, m.start, m.end);
    const text = p.folded.slice(sentence.start, sentence.end);
    const before = p.folded.slice(Math.max(sentence.start, m.start - 12), m.start);
    const after = p.folded.slice(m.end, m.end + 8);
    let score = 0;
    if (m.prefixed) score += 3;
    if (m.timeOfDay) score += 2;
    if (m.start - sentence.start <= 3) score += 4;
    if (conferenceWords.test(text)) score += 4;
    if (rangeBefore.test(before) || rangeAfter.test(after)) score -= 8;
    if (anniversaryWords.test(text) && (m.year === undefined || m.year < latestYear)) score -= 6;
    if (/\( *$/.test(before)) score -= 3;
    score -= 0.05 * p.number;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

export interface TimeMatch {
  time: string;
  start: number;
  end: number;
}

const timeRe =
  /(?<![\d/:.])(\d{1,2}) *(?:gio|h|g)(?: *(\d{2}) *(?:phut|p)?)?(?![\p{L}\d])|(?<![\d/:.])(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])/gu;

/** The clock time stated in a range of a paragraph ("14 giờ 30", "8h", "14:00"), if any. */
export function findTime(p: Paragraph, range: Range): TimeMatch | undefined {
  timeRe.lastIndex = 0;
  const text = p.folded.slice(range.start, range.end);
  let m: RegExpExecArray | null;
  while ((m = timeRe.exec(text)) !== null) {
    const hour = Number(m[1] ?? m[3]);
    const minute = Number(m[2] ?? m[4] ?? 0);
    if (hour > 23 || minute > 59) continue;
    return {
      time: `${pad(hour)}:${pad(minute)}`,
      start: range.start + m.index,
      end: range.start + m.index + m[0].length,
    };
  }
  return undefined;
}

export function timeOfDayAt(time: string): TimeOfDay {
  const hour = Number(time.slice(0, 2));
  return hour < 11 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

export interface YearEvidence {
  header?: HeaderDate;
  reviewed?: Period | null;
  planned?: Period | null;
  /** Years the text names, most often first. */
  years: readonly number[];
  today?: string;
}

export interface InferredYear {
  year: number;
  reason: LocalizedText;
}

const dayDiff = (a: string, b: string) =>
  (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** The distance in days from a date to a window, 0 inside it. */
function distance(iso: string, from: string, to: string): number {
  if (iso < from) return dayDiff(from, iso);
  if (iso > to) return dayDiff(iso, to);
  return 0;
}

const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The year of a day and month the text gives without one, with the reason in both languages.
 * `written` is the date as the text writes it ("Chiều 6-12").
 */
export function inferYear(
  day: number,
  month: number,
  written: string,
  evidence: YearEvidence,
): InferredYear | undefined {
  const gives = {
    vi: `Bài chỉ ghi “${written}”`,
    en: `The text gives only “${written}”`,
  };
  const h = evidence.header;
  if (h) {
    const headerYear = Number(h.iso.slice(0, 4));
    const sameYear = isoOf(headerYear, month, day);
    const year = sameYear && sameYear <= h.iso ? headerYear : headerYear - 1;
    const shown = `${h.iso.slice(8, 10)}/${h.iso.slice(5, 7)}/${h.iso.slice(0, 4)}`;
    return {
      year,
      reason: {
        vi: `${gives.vi}; năm ${year} suy ra từ ngày ghi ở đầu bài (${shown}), hội nghị không diễn ra sau ngày đó.`,
        en: `${gives.en}; the year ${year} follows from the date at the top of the article (${shown}), which the conference does not come after.`,
      },
    };
  }
  const { reviewed, planned } = evidence;
  if (reviewed || planned) {
    // A conference meets around the end of the period it reviews, or before the one it plans.
    const from = reviewed ? shift(reviewed.end, -75) : shift((planned as Period).start, -100);
    const to = reviewed ? shift(reviewed.end, 100) : shift((planned as Period).start, 45);
    const anchor = Number((reviewed ?? (planned as Period)).end.slice(0, 4));
    let best: { year: number; d: number } | undefined;
    for (const year of [anchor - 1, anchor, anchor + 1]) {
      const iso = isoOf(year, month, day);
      if (!iso) continue;
      const d = distance(iso, from, to);
      if (!best || d < best.d) best = { year, d };
    }
    if (best && best.d <= 60) {
      const parts: LocalizedText[] = [];
      const en = (p: Period) => periodLabel(p, 'en').replace(/^First/, 'the first');
      if (reviewed)
        parts.push({
          vi: `đánh giá ${periodLabel(reviewed, 'vi').toLowerCase()}`,
          en: `reviews ${en(reviewed)}`,
        });
      if (planned)
        parts.push({
          vi: `đặt nhiệm vụ cho ${periodLabel(planned, 'vi').toLowerCase()}`,
          en: `sets the tasks for ${en(planned)}`,
        });
      return {
        year: best.year,
        reason: {
          vi: `${gives.vi}; năm ${best.year} suy ra vì hội nghị ${parts.map((p) => p.vi).join(' và ')}.`,
          en: `${gives.en}; the year ${best.year} follows because the conference ${parts.map((p) => p.en).join(' and ')}.`,
        },
      };
    }
  }
  const [common] = evidence.years;
  if (common !== undefined) {
    return {
      year: common,
      reason: {
        vi: `${gives.vi}; năm ${common} là năm bài nhắc đến nhiều nhất.`,
        en: `${gives.en}; ${common} is the year the text names most often.`,
      },
    };
  }
  if (evidence.today) {
    const todayYear = Number(evidence.today.slice(0, 4));
    const sameYear = isoOf(todayYear, month, day);
    const year = sameYear && sameYear <= evidence.today ? todayYear : todayYear - 1;
    return {
      year,
      reason: {
        vi: `${gives.vi} và không nêu năm nào; năm ${year} lấy theo ngày dán văn bản (${evidence.today}).`,
        en: `${gives.en} and names no year; ${year} is taken from the day the text was pasted (${evidence.today}).`,
      },
    };
  }
  return undefined;
}
