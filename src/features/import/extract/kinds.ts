/**
 * What kind of conference it is, and the periods it reviews and plans, read from the sentences
 * that describe the conference itself: a title line naming a "hội nghị", the sentence of its
 * date, the sentence of its organiser, and sentences that open with "Hội nghị" ("Hội nghị
 * nhằm…", "Hội nghị xác định…"). Review words (đánh giá, tổng kết, sơ kết, kết quả) before a
 * period make it the reviewed one; plan words (nghị quyết, phương hướng, nhiệm vụ…) the planned
 * one. Failing those, a sentence opening with a period ("Năm 2023, … đã …") gives it.
 */
import type { Period } from '@/domain/schema/period';
import type { ReportKind } from '@/domain/schema/report';
import type { Paragraph } from './clean';
import { sentenceAround, sentencesOf, within, type Range } from './context';
import type { DateMention } from './dates';
import type { BodyPhrase } from './organiser';
import { findPeriods, periodOf, roleByCue, type PeriodMention, type Role } from './periods';

export interface ConferenceSentence {
  paragraph: Paragraph;
  range: Range;
}

export function conferenceSentences(
  paragraphs: readonly Paragraph[],
  date: DateMention | undefined,
  organiser: BodyPhrase | undefined,
): ConferenceSentence[] {
  const out: ConferenceSentence[] = [];
  const seen = new Set<string>();
  const add = (paragraph: Paragraph, range: Range) => {
    const key = `${paragraph.number}:${range.start}`;
    if (seen.has(key) || out.length >= 200) return;
    seen.add(key);
    out.push({ paragraph, range });
  };
  const filled = paragraphs.filter((p) => p.text.trim());
  for (const p of filled.slice(0, 3)) {
    if (p.text.length <= 250 && /hoi nghi|dai hoi/.test(p.folded))
      add(p, { start: 0, end: p.text.length });
  }
  if (date) add(date.paragraph, sentenceAround(date.paragraph, date.start, date.end));
  if (organiser) add(organiser.paragraph, sentenceAround(organiser.paragraph, organiser.start));
  for (const p of filled) {
    for (const s of sentencesOf(p)) {
      if (/^(?:hoi nghi|dai hoi)(?![\p{L}])/u.test(p.folded.slice(s.start, s.start + 12)))
        add(p, s);
    }
  }
  return out;
}

export interface ChosenPeriods {
  reviewed: PeriodMention | undefined;
  planned: PeriodMention | undefined;
}

/** The reviewed and planned periods (their mentions: the year may still be missing). */
export function choosePeriods(
  sentences: readonly ConferenceSentence[],
  mentions: readonly PeriodMention[],
): ChosenPeriods {
  let reviewed: PeriodMention | undefined;
  let planned: PeriodMention | undefined;
  const inSentences = sentences
    .flatMap((s) => within(findPeriods(s.paragraph), s.range.start, s.range.end))
    .sort((a, b) => a.paragraph.number - b.paragraph.number || a.start - b.start);
  for (const m of inSentences) {
    const role = roleByCue(m.paragraph, m);
    if (role === 'reviewed' && !reviewed) reviewed = m;
    if (role === 'planned' && !planned) planned = m;
  }
  if (!reviewed || !planned) {
    // "Năm 2023, Đảng ủy … đã …" and "Hội nghị xác định: Năm 2024, …".
    for (const m of mentions) {
      const s = sentenceAround(m.paragraph, m.start);
      const lead = m.paragraph.folded.slice(s.start, m.start);
      if (lead.length > 25 || !/^[^.;]*$/.test(lead)) continue;
      const text = m.paragraph.folded.slice(s.start, s.end);
      const role: Role | undefined =
        roleByCue(m.paragraph, m) ??
        (/(?:^|[^\p{L}])da(?![\p{L}])/u.test(text) ? 'reviewed' : undefined);
      if (role === 'reviewed' && !reviewed && m.year !== undefined) reviewed = m;
      if (role === 'planned' && !planned && m.year !== undefined) planned = m;
    }
  }
  const r = reviewed && periodOf(reviewed);
  const q = planned && periodOf(planned);
  if (r && q && q.start <= r.start) planned = undefined;
  return { reviewed, planned };
}

const reviewKinds: Partial<Record<Period['kind'], ReportKind>> = {
  quarter: 'quarterly-review',
  'half-year': 'six-month-review',
  'nine-months': 'nine-month-review',
  year: 'annual-review',
};

/** The conference's kinds, from its sentences and the period it reviews. */
export function detectKinds(
  sentences: readonly ConferenceSentence[],
  reviewed: PeriodMention | undefined,
): ReportKind[] {
  const kinds: ReportKind[] = [];
  const text = sentences
    .map((s) => s.paragraph.folded.slice(s.range.start, s.range.end))
    .join(' | ');
  if (reviewed) {
    const kind = reviewKinds[reviewed.kind];
    if (kind) kinds.push(kind);
  } else if (/so ket/.test(text)) {
    if (/quy (?:i|ii|iii|iv|[1-4])/.test(text)) kinds.push('quarterly-review');
    else if (/(?:6|sau) thang/.test(text)) kinds.push('six-month-review');
    else if (/(?:9|chin) thang/.test(text)) kinds.push('nine-month-review');
  } else if (/tong ket/.test(text)) kinds.push('annual-review');
  if (/ra nghi quyet|nghi quyet lanh dao|ban hanh nghi quyet|thong qua nghi quyet/.test(text))
    kinds.push('resolution');
  if (/dai hoi[^|]{0,80}(?:nhiem ky|dai bieu)/.test(text)) kinds.push('term-congress');
  if (!kinds.length && /hoi nghi/.test(text)) kinds.push('other');
  return kinds;
}
