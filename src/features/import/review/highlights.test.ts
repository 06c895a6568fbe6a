import { describe, expect, it } from 'vitest';
import { extractDraft } from '../extract';
import { ownReportText } from '@/testing/own-report';
import { loadRealDataset } from '@/testing/real-dataset';
import { marksByParagraph, segmentLine, type Mark } from './highlights';
import { reviewFromDraft } from './review-model';

const mark = (id: string, start: number, end: number): Mark => ({
  id,
  target: { kind: 'date' },
  paragraph: 1,
  span: { start, end, text: '' },
});

describe('segmentLine', () => {
  it('cuts a line where overlapping marks begin and end', () => {
    const segments = segmentLine('Xã A, xã B diễn tập', [mark('a', 0, 19), mark('b', 6, 19)]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ['Xã A, ', ['a']],
      ['xã B diễn tập', ['a', 'b']],
    ]);
  });

  it('leaves a line without marks whole, and ignores marks past its end', () => {
    expect(segmentLine('Không có số liệu', [mark('x', 40, 50)])).toEqual([
      { text: 'Không có số liệu', marks: [] },
    ]);
  });
});

describe('marksByParagraph', () => {
  it('puts the date, unit, people and figures of a draft where they were read', () => {
    const { dataset } = loadRealDataset();
    const draft = extractDraft(ownReportText, dataset.units, { today: '2026-11-26' });
    const marks = marksByParagraph(reviewFromDraft(draft, ownReportText, 'x.txt'));
    const lines = ownReportText.split('\n');
    const read = (p: number) =>
      (marks.get(p) ?? []).map((m) => [m.id, lines[p - 1]!.slice(m.span.start, m.span.end)]);
    expect(read(1)).toEqual([
      ['date', 'Chiều 5-7'],
      ['unit', 'Ban CHQS huyện Thạch Thất'],
    ]);
    expect(read(3).map(([id]) => id)).toEqual(['fact-0', 'fact-1']);
    expect(read(3)[0]?.[1]).toContain('214');
  });
});
