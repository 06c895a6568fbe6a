/**
 * Text cleanup. The pasted text is split into lines exactly as a reader (or the review screen)
 * splits it — on "\r\n", "\n" or "\r" — and line N of the paste is paragraph N, whatever the
 * cleanup removes: an `<image>…</image>` block over three lines leaves three (shorter or empty)
 * paragraphs, so the numbers stay those of the original. Within a line, markup is dropped
 * (tags, scripts and styles with their content, embedded images, data: URIs, markdown emphasis),
 * entities are decoded, odd spaces become spaces, zero-width characters go, and decomposed
 * letters are composed (NFC). Each cleaned character keeps the offsets of the original
 * characters it came from, so a match in the cleaned text maps back to a span of the paste.
 *
 * Nothing is ever executed or parsed as HTML: tags are recognised as text patterns and removed.
 */
import { foldDiacritics } from '@/domain/text';
import type { TextSpan } from './types';

export interface Paragraph {
  /** 1-based line number in the pasted text. */
  number: number;
  /** The line as pasted (without its line break). */
  original: string;
  /** The cleaned line, NFC, markup removed. */
  text: string;
  /** `text` folded character for character: lower case, no diacritics, đ → d, dashes → "-". */
  folded: string;
  /** For each character of `text`, the original offsets it came from (end exclusive). */
  from: Int32Array;
  to: Int32Array;
}

export interface CleanedText {
  paragraphs: Paragraph[];
  /** Characters of markup removed (tags, images, scripts…), for a warning. */
  markupChars: number;
  processedChars: number;
  truncated: boolean;
}

/** Splits as the paragraph numbering does: "\r\n", "\n" and "\r" each end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

interface Edit {
  start: number;
  end: number;
  /** What stands in for the removed text ('' or a space between words). */
  insert: string;
  markup: boolean;
}

const blockTags =
  /^(br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|section|article|header|footer|blockquote|figure|figcaption|hr|img|image)$/i;

/** Finds markup to drop, as non-overlapping edits sorted by start. Linear in the text. */
function findEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const lower = text.toLowerCase();

  // Embedded pictures (<image>…</image>, with or without a namespace prefix), scripts, styles
  // and comments go with their content; an unclosed one ends at its line's end.
  const blockOpen = /<([\w:-]*image|script|style)\b[^<>]{0,2000}>|<!--/gi;
  let m: RegExpExecArray | null;
  while ((m = blockOpen.exec(text)) !== null) {
    const start = m.index;
    let end: number;
    if (m[0] === '<!--') {
      const close = text.indexOf('-->', start + 4);
      end = close < 0 ? lineEnd(text, start) : close + 3;
    } else {
      const closeTag = `</${(m[1] ?? '').toLowerCase()}>`;
      const close = lower.indexOf(closeTag, start + m[0].length);
      end = close < 0 ? lineEnd(text, start) : close + closeTag.length;
    }
    edits.push({ start, end, insert: ' ', markup: true });
    blockOpen.lastIndex = Math.max(end, start + 1);
  }

  const patterns: [RegExp, (match: RegExpExecArray) => string][] = [
    // Any other tag, opening or closing; block-level ones leave a space between words.
    [/<\/?([a-zA-Z][\w:-]{0,30})\b[^<>]{0,2000}>/g, (t) => (blockTags.test(t[1] ?? '') ? ' ' : '')],
    // Inline data (a picture pasted as text) and markdown pictures.
    [/data:[a-z]+\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]+/g, () => ' '],
    [/!\[[^\]\n]{0,300}\]\([^)\n]{0,3000}\)/g, () => ' '],
    // Markdown emphasis and headings.
    [/\*\*|__/g, () => ''],
    [/^[ \t]{0,3}(?:#{1,6}|>)[ \t]/gm, () => ''],
    // Bare links.
    [/\bhttps?:\/\/[^\s<>"]{1,2000}/g, () => ' '],
  ];
  for (const [pattern, insert] of patterns) {
    while ((m = pattern.exec(text)) !== null) {
      edits.push({ start: m.index, end: m.index + m[0].length, insert: insert(m), markup: true });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }

  // Character entities, decoded (their text is content, not markup).
  const entity = /&(nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
  while ((m = entity.exec(text)) !== null) {
    edits.push({
      start: m.index,
      end: m.index + m[0].length,
      insert: decodeEntity(m[1] ?? ''),
      markup: false,
    });
  }

  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Edit[] = [];
  let reached = 0;
  for (const edit of edits) {
    if (edit.start < reached) continue;
    kept.push(edit);
    reached = edit.end;
  }
  return kept;
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  const ends = [n, r].filter((i) => i >= 0);
  return ends.length ? Math.min(...ends) : text.length;
}

const named: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

function decodeEntity(name: string): string {
  const key = name.toLowerCase();
  if (key in named) return named[key] ?? '';
  const code = key.startsWith('#x') ? parseInt(key.slice(2), 16) : parseInt(key.slice(1), 10);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code < 0xe000))
    return ' ';
  const char = String.fromCodePoint(code);
  return /[\p{Cc}\p{Cf}]/u.test(char) ? ' ' : char;
}

const isCombining = (code: number) =>
  (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff);
const isZeroWidth = (code: number) =>
  code === 0x200b ||
  code === 0x200c ||
  code === 0x200d ||
  code === 0x2060 ||
  code === 0xfeff ||
  code === 0xad;
const isOddSpace = (code: number) =>
  code === 0x09 ||
  code === 0x0b ||
  code === 0x0c ||
  code === 0xa0 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code < 0x20 ||
  (code >= 0x7f && code < 0xa0);

const foldCache = new Map<string, string>();

/** One character folded to one character: lower case, no diacritics, đ → d, any dash → "-". */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  let folded = foldCache.get(char);
  if (folded === undefined) {
    if (/[\u2010-\u2015\u2212]/.test(char)) folded = '-';
    else if (/[\u2018\u2019\u201a\u2032]/.test(char)) folded = "'";
    else if (/[\u201c\u201d\u201e\u2033\u00ab\u00bb]/.test(char)) folded = '"';
    else {
      const f = foldDiacritics(char);
      folded = f.length === 1 ? f : char.toLowerCase().length === 1 ? char.toLowerCase() : char;
    }
    foldCache.set(char, folded);
  }
  return folded;
}

/** Folds a whole string character for character (same length as the input). */
export function foldSameLength(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] =
      code < 128
        ? code >= 65 && code <= 90
          ? code + 32
          : code
        : foldChar(text[i] as string).charCodeAt(0);
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 4096)
    out += String.fromCharCode(...codes.subarray(i, Math.min(codes.length, i + 4096)));
  return out;
}

/** Character codes with their original offsets, in arrays that grow as needed. */
class Growing {
  codes: Uint16Array;
  from: Int32Array;
  to: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
  }
  push(code: number, from: number, to: number) {
    if (this.length === this.codes.length) {
      const grow = <T extends Uint16Array | Int32Array>(a: T, b: T) => (b.set(a), b);
      const size = this.codes.length * 2 + 8;
      this.codes = grow(this.codes, new Uint16Array(size));
      this.from = grow(this.from, new Int32Array(size));
      this.to = grow(this.to, new Int32Array(size));
    }
    this.codes[this.length] = code;
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.length++;
  }
  text(): string {
    let s = '';
    for (let i = 0; i < this.length; i += 4096)
      s += String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 4096)));
    return s;
  }
}

/** Cuts the paste to at most `maxChars`, at a line end when one is near, never inside a pair. */
function cap(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  let cut = maxChars;
  const lastBreak = Math.max(text.lastIndexOf('\n', cut), text.lastIndexOf('\r', cut));
  if (lastBreak > maxChars * 0.8) cut = lastBreak;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code < 0xdc00) cut -= 1;
  return { text: text.slice(0, cut), truncated: true };
}

/** Cleans the paste into numbered paragraphs (see the module comment). */
export function cleanText(raw: string, maxChars: number): CleanedText {
  const { text, truncated } = cap(raw, maxChars);
  const edits = findEdits(text);
  const paragraphs: Paragraph[] = [];
  let markupChars = 0;
  for (const edit of edits) if (edit.markup) markupChars += edit.end - edit.start;

  const lineRe = /\r\n|\n|\r/g;
  let lineStart = 0;
  let editIndex = 0;
  let number = 0;
  for (;;) {
    const br = lineRe.exec(text);
    const lineStop = br ? br.index : text.length;
    number += 1;
    const out = new Growing(lineStop - lineStart + 8);
    const push = (str: string, a: number, b: number) => {
      for (let k = 0; k < str.length; k++)
        out.push(str.charCodeAt(k), a - lineStart, Math.min(b, lineStop) - lineStart);
    };
    let i = lineStart;
    while (editIndex < edits.length && (edits[editIndex] as Edit).end <= lineStart) editIndex++;
    let e = editIndex;
    while (i < lineStop) {
      const edit = edits[e];
      if (edit && edit.start <= i && i < edit.end) {
        // An edit over several lines speaks only on its first line.
        if (edit.start >= lineStart && edit.insert) push(edit.insert, edit.start, edit.end);
        i = Math.min(edit.end, lineStop);
        e++;
        continue;
      }
      if (edit && edit.end <= i) {
        e++;
        continue;
      }
      const code = text.charCodeAt(i);
      if (code >= 0x20 && code < 0x7f && !isCombining(text.charCodeAt(i + 1))) {
        out.push(code, i - lineStart, i + 1 - lineStart);
        i++;
        continue;
      }
      if (isZeroWidth(code)) {
        i++;
        continue;
      }
      if (isOddSpace(code)) {
        out.push(32, i - lineStart, i + 1 - lineStart);
        i++;
        continue;
      }
      // A letter and the combining marks after it become one composed letter where one exists.
      let j = i + 1;
      if (code >= 0xd800 && code < 0xdc00 && j < lineStop) j++;
      while (j < lineStop && isCombining(text.charCodeAt(j))) j++;
      if (j - i === 1) out.push(code, i - lineStart, j - lineStart);
      else push(text.slice(i, j).normalize('NFC'), i, j);
      i = j;
    }
    const cleaned = out.text();
    paragraphs.push({
      number,
      original: text.slice(lineStart, lineStop),
      text: cleaned,
      folded: foldSameLength(cleaned),
      from: out.from.slice(0, out.length),
      to: out.to.slice(0, out.length),
    });
    if (!br) break;
    lineStart = br.index + br[0].length;
  }
  return { paragraphs, markupChars, processedChars: text.length, truncated };
}

/** The span of the original line that cleaned characters [start, end) came from. */
export function spanOf(paragraph: Paragraph, start: number, end: number): TextSpan {
  const last = Math.max(start, end - 1);
  const a = paragraph.from[Math.min(start, paragraph.from.length - 1)] ?? 0;
  const b = paragraph.to[Math.min(last, paragraph.to.length - 1)] ?? a;
  const s = Math.max(0, Math.min(a, b));
  const t = Math.max(s, b);
  return { start: s, end: t, text: paragraph.original.slice(s, t) };
}
