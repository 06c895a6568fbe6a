import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';
import { chooseConferenceDate, findDates } from './dates';
import { choosePeriods, conferenceSentences, detectKinds } from './kinds';
import { findPeriods, periodOf } from './periods';

const paragraphsOf = (text: string) => cleanText(text, 1e6).paragraphs;

function conference(text: string) {
  const ps = paragraphsOf(text);
  const date = chooseConferenceDate(ps.flatMap(findDates), undefined);
  const sentences = conferenceSentences(ps, date, undefined);
  const mentions = ps.flatMap(findPeriods);
  const chosen = choosePeriods(sentences, mentions);
  const label = (m: (typeof chosen)['reviewed']) => {
    const p = m && periodOf(m);
    return p ? `${p.kind} ${p.start}` : null;
  };
  return {
    reviewed: label(chosen.reviewed),
    planned: label(chosen.planned),
    kinds: detectKinds(sentences, chosen.reviewed),
    ps,
    chosen,
    mentions,
  };
}

describe('choosePeriods and detectKinds', () => {
  it('tells the reviewed period from the planned one by the words before each', () => {
    const c = conference(
      'Sáng 12/7, Ban CHQS huyện tổ chức hội nghị sơ kết công tác quân sự 6 tháng đầu năm 2023, đề ra phương hướng nhiệm vụ 6 tháng cuối năm.',
    );
    expect(c.reviewed).toBe('half-year 2023-01-01');
    expect(c.planned).toBe('half-year 2023-07-01');
    expect(c.kinds).toEqual(['six-month-review']);
  });

  it('knows a resolution conference and a quarterly review', () => {
    const c = conference(
      'Ngày 6/10, Đảng ủy Quân sự tỉnh họp đánh giá kết quả quý III và ra nghị quyết lãnh đạo nhiệm vụ quý IV năm 2022.',
    );
    expect(c.reviewed).toBe('quarter 2022-07-01');
    expect(c.planned).toBe('quarter 2022-10-01');
    expect(c.kinds).toEqual(['quarterly-review', 'resolution']);
  });

  it('finds the reviewed year from a sentence opening with it when the conference sentence lacks it', () => {
    const c = conference(
      'Chiều 20-12, Đảng ủy Quân sự huyện tổ chức hội nghị ra nghị quyết lãnh đạo nhiệm vụ năm 2024.\nNăm 2023, lực lượng vũ trang huyện đã hoàn thành các chỉ tiêu.',
    );
    expect(c.reviewed).toBe('year 2023-01-01');
    expect(c.planned).toBe('year 2024-01-01');
    expect(c.kinds).toEqual(['annual-review', 'resolution']);
  });

  it('knows a term congress, and says "other" for a conference of no known kind', () => {
    expect(
      conference('Ngày 15/5, Đảng bộ Quân sự tỉnh khai mạc Đại hội đại biểu nhiệm kỳ 2025-2030.')
        .kinds,
    ).toContain('term-congress');
    expect(conference('Ngày 15/5, huyện tổ chức hội nghị triển khai luật mới.').kinds).toEqual([
      'other',
    ]);
    expect(conference('Một văn bản không nói gì.').kinds).toEqual([]);
  });
});
