import { describe, expect, it } from 'vitest';
import { cleanText, type Paragraph } from './clean';
import {
  clauseAround,
  clauseWithHeading,
  sentenceAround,
  sentencesOf,
  Taken,
  within,
} from './context';

const one = (text: string) => cleanText(text, 1e6).paragraphs[0] as Paragraph;
const slice = (p: Paragraph, r: { start: number; end: number }) => p.text.slice(r.start, r.end);

describe('sentences and clauses', () => {
  it('ends sentences at a full stop before a capital, not in numbers or abbreviations', () => {
    const p = one('TP. Nam Định giao 2.130 tân binh. Hội thao… được tổ chức. Xong!');
    expect(sentencesOf(p).map((r) => slice(p, r))).toEqual([
      'TP. Nam Định giao 2.130 tân binh.',
      'Hội thao… được tổ chức.',
      'Xong!',
    ]);
  });

  it('ends clauses at semicolons and colons, but not inside a time', () => {
    const p = one('Kết quả: giao 50 tân binh; lúc 16:30 bế mạc.');
    expect(slice(p, clauseAround(p, p.text.indexOf('50')))).toBe('giao 50 tân binh');
    expect(slice(p, clauseAround(p, p.text.indexOf('16')))).toBe('lúc 16:30 bế mạc');
    expect(slice(p, clauseWithHeading(p, p.text.indexOf('50')))).toBe('Kết quả: giao 50 tân binh');
    expect(slice(p, sentenceAround(p, 3))).toBe(p.text.slice(0, -1));
  });
});

describe('position helpers', () => {
  it('finds items within a range of a list sorted by start', () => {
    const items = [
      { start: 0, end: 3 },
      { start: 5, end: 9 },
      { start: 10, end: 20 },
    ];
    expect(within(items, 4, 12)).toEqual([{ start: 5, end: 9 }]);
    expect(within(items, 0, 100)).toHaveLength(3);
  });

  it('remembers taken characters', () => {
    const taken = new Taken(10);
    taken.take(2, 5);
    expect(taken.overlaps(0, 2)).toBe(false);
    expect(taken.overlaps(4, 8)).toBe(true);
  });
});
