import { describe, expect, it } from 'vitest';
import { cleanText, type Paragraph } from './clean';
import { chooseConferenceDate, findDates } from './dates';
import { choosePeriods, conferenceSentences, detectKinds } from './kinds';
import { buildTimeContext, findPeriods, periodOf } from './periods';

const paragraphsOf = (text: string) => cleanText(text, 1e6).paragraphs;
const one = (text: string) => paragraphsOf(text)[0] as Paragraph;
const periods = (text: string) =>
  findPeriods(one(text)).map((m) => {
    const p = periodOf(m);
    return p ? `${p.kind} ${p.start} ${p.end}` : `${m.kind} ?`;
  });

describe('findPeriods', () => {
  it('reads quarters, halves, nine months, years and terms', () => {
    expect(periods('quý III/2022')).toEqual(['quarter 2022-07-01 2022-09-30']);
    expect(periods('Quý 4 năm 2021')).toEqual(['quarter 2021-10-01 2021-12-31']);
    expect(periods('6 tháng cuối năm 2023')).toEqual(['half-year 2023-07-01 2023-12-31']);
    expect(periods('sáu tháng đầu năm 2020')).toEqual(['half-year 2020-01-01 2020-06-30']);
    expect(periods('nửa đầu năm 2025')).toEqual(['half-year 2025-01-01 2025-06-30']);
    expect(periods('9 tháng năm 2022')).toEqual(['nine-months 2022-01-01 2022-09-30']);
    expect(periods('năm 2019')).toEqual(['year 2019-01-01 2019-12-31']);
    expect(periods('nhiệm kỳ 2020 - 2025')).toEqual(['term 2020-01-01 2025-12-31']);
  });

  it('borrows a missing year from the sentence', () => {
    expect(periods('kết quả quý I và nhiệm vụ quý II/2023')).toEqual([
      'quarter 2023-01-01 2023-03-31',
      'quarter 2023-04-01 2023-06-30',
    ]);
    expect(periods('sơ kết 6 tháng đầu năm')).toEqual(['half-year ?']);
  });

  it('does not read dates or ages as periods', () => {
    expect(periods('ngày 9 tháng 10 năm 2022')).toEqual(['year 2022-01-01 2022-12-31']);
    expect(periods('quý báu')).toEqual([]);
  });
});

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

describe('buildTimeContext', () => {
  it('decides per sentence whether it tells of results or of tasks ahead', () => {
    const c = conference(
      'Ngày 10/1, UBND huyện tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.\nNăm 2023, huyện đã giao quân đủ chỉ tiêu.\nThời gian tới, huyện tập trung huấn luyện.\nCác xã tiếp tục củng cố lực lượng.\nNăm 2024, huyện phấn đấu diễn tập khu vực phòng thủ.',
    );
    const reviewed = periodOf(c.chosen.reviewed!);
    const planned = periodOf(c.chosen.planned!);
    const time = buildTimeContext(c.ps, c.mentions, reviewed, planned);
    const at = (n: number) => time.roleAt(c.ps[n - 1] as Paragraph, 2);
    expect([at(2), at(3), at(4), at(5)]).toEqual(['reviewed', 'planned', 'planned', 'planned']);
    expect(time.periodAt(c.ps[1] as Paragraph, 2)?.start).toBe('2023-01-01');
    expect(time.periodAt(c.ps[3] as Paragraph, 2)?.start).toBe('2024-01-01');
  });
});
