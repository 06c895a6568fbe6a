/**
 * Sentences and clauses of a cleaned paragraph, found on its folded text. A sentence ends at
 * ". ! ? …" followed by a capital letter, a digit or the end of the paragraph (so "TP. Hải
 * Phòng", "2.550" and "hội thao… được" do not end one); a clause also ends at ";" and at ":"
 * (not between digits, so "16:13" stays whole). Searches look at most `WINDOW` characters
 * each way, so a single huge line costs no more than many short ones.
 */
import type { Paragraph } from './clean';

export interface Range {
  start: number;
  end: number;
}

const WINDOW = 600;

/** Words after which a full stop is an abbreviation's, not a sentence's end (folded). */
const abbreviations = new Set([
  'tp',
  'q',
  'h',
  'tx',
  'tt',
  'th',
  'ts',
  'ths',
  'gs',
  'pgs',
  'st',
  'vv',
]);

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Does a sentence end at index i (a ". ! ? …" character) of the paragraph? */
function endsSentence(p: Paragraph, i: number): boolean {
  const c = p.folded[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  if (c === '.' && /\d/.test(p.folded[i - 1] ?? '') && /\d/.test(p.folded[i + 1] ?? ''))
    return false;
  let j = i + 1;
  while (j < p.text.length && /[.…"'”’)\]/]/.test(p.text[j] as string)) j++;
  while (j < p.text.length && p.text[j] === ' ') j++;
  if (j >= p.text.length) return true;
  if (j === i + 1) return false; // no space after: "đ/c", "v.v"
  const next = p.text[j];
  if (!isUpper(next) && !/[\d"“'‘(]/.test(next ?? '')) return false;
  if (c === '.') {
    const before = /([\p{L}]+)$/u.exec(p.folded.slice(Math.max(0, i - 6), i));
    if (before && (abbreviations.has(before[1] ?? '') || (before[1] ?? '').length === 1))
      return false;
  }
  return true;
}

function endsClause(p: Paragraph, i: number): boolean {
  const c = p.folded[i];
  if (c === ';') return true;
  if (c === ':') return !(/\d/.test(p.folded[i - 1] ?? '') && /\d/.test(p.folded[i + 1] ?? ''));
  return endsSentence(p, i);
}

function around(
  p: Paragraph,
  start: number,
  end: number,
  stop: (p: Paragraph, i: number) => boolean,
): Range {
  let a = start;
  const lower = Math.max(0, start - WINDOW);
  while (a > lower && !stop(p, a - 1)) a--;
  let b = Math.max(end, start);
  const upper = Math.min(p.text.length, end + WINDOW);
  while (b < upper && !stop(p, b)) b++;
  while (a < b && p.text[a] === ' ') a++;
  return { start: a, end: b };
}

/** The sentence holding [start, end). */
export function sentenceAround(p: Paragraph, start: number, end = start): Range {
  return around(p, start, end, endsSentence);
}

/** The clause holding [start, end). */
export function clauseAround(p: Paragraph, start: number, end = start): Range {
  return around(p, start, end, endsClause);
}

/**
 * The clause with the heading it follows, when it follows one ("Tuyển quân: đạt 100% chỉ tiêu"
 * → the words before the colon too).
 */
export function clauseWithHeading(p: Paragraph, start: number, end = start): Range {
  const clause = clauseAround(p, start, end);
  let i = clause.start - 1;
  while (i >= 0 && p.folded[i] === ' ') i--;
  if (i < 0 || p.folded[i] !== ':') return clause;
  return { start: clauseAround(p, i).start, end: clause.end };
}

/** All sentences of a paragraph, in order. */
export function sentencesOf(p: Paragraph): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i < p.text.length; i++) {
    if (endsSentence(p, i)) {
      if (p.text.slice(start, i + 1).trim()) out.push(trimmed(p, start, i + 1));
      start = i + 1;
    }
  }
  if (p.text.slice(start).trim()) out.push(trimmed(p, start, p.text.length));
  return out;
}

function trimmed(p: Paragraph, start: number, end: number): Range {
  let a = start;
  let b = end;
  while (a < b && p.text[a] === ' ') a++;
  while (b > a && p.text[b - 1] === ' ') b--;
  return { start: a, end: b };
}

/**
 * Every match of a global regular expression in the folded paragraph, or in part of it (the
 * part alone is searched, so the cost follows its length; indexes are the paragraph's).
 */
export function matchAll(p: Paragraph, re: RegExp, range?: Range): RegExpExecArray[] {
  const from = range?.start ?? 0;
  const text = range ? p.folded.slice(from, range.end) : p.folded;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    m.index += from;
    out.push(m);
  }
  return out;
}

/** Index of the first item whose `start` is at or after `pos`, in a list sorted by start. */
export function firstFrom<T extends { start: number }>(sorted: readonly T[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a list sorted by start that lie within [from, to). */
export function within<T extends { start: number; end: number }>(
  sorted: readonly T[],
  from: number,
  to: number,
): T[] {
  const out: T[] = [];
  for (let i = firstFrom(sorted, from); i < sorted.length; i++) {
    const item = sorted[i] as T;
    if (item.start >= to) break;
    if (item.end <= to) out.push(item);
  }
  return out;
}

/** A mask of the characters already taken by earlier matches, to skip overlapping ones. */
export class Taken {
  private readonly mask: Uint8Array;
  constructor(length: number) {
    this.mask = new Uint8Array(length + 1);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.mask[i]) return true;
    return false;
  }
  take(start: number, end: number) {
    this.mask.fill(1, start, end);
  }
}

/** Is the (cleaned) text at [start, end) written with a capital letter first? */
export function startsUpper(p: Paragraph, start: number): boolean {
  return isUpper(p.text[start]);
}
