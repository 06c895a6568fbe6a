import { describe, expect, it } from 'vitest';
import { cleanText, type Paragraph } from './clean';
import {
  chooseConferenceDate,
  findDates,
  findHeaderDate,
  findTime,
  inferYear,
  timeOfDayAt,
} from './dates';

const paragraphs = (text: string): Paragraph[] => cleanText(text, 1e6).paragraphs;
const one = (text: string) => paragraphs(text)[0] as Paragraph;
const dates = (text: string) =>
  findDates(one(text)).map((d) => [d.day, d.month, d.year ?? null, d.timeOfDay ?? null]);

describe('findDates', () => {
  it('reads the ways reports write a day', () => {
    expect(dates('Ngày 7/5, xã họp')).toEqual([[7, 5, null, null]]);
    expect(dates('Chiều 14-10, huyện khai mạc')).toEqual([[14, 10, null, 'afternoon']]);
    expect(dates('Sáng ngày 02/01/2023 hội nghị')).toEqual([[2, 1, 2023, 'morning']]);
    expect(dates('Tối 30-4 có pháo hoa')).toEqual([[30, 4, null, 'evening']]);
    expect(dates('ngày 9 tháng 3 năm 2022')).toEqual([[9, 3, 2022, null]]);
    expect(dates('Cập nhật 2022-03-09')).toEqual([[9, 3, 2022, null]]);
    expect(dates('hạn chót 15.08.2021')).toEqual([[15, 8, 2021, null]]);
    expect(dates('Sáng nay (3/4), xã họp')).toEqual([[3, 4, null, 'morning']]);
    expect(findDates(one('Hôm qua (2/4) huyện họp'))[0]?.prefixed).toBe(true);
  });

  it('leaves ranges of numbers, fractions of quarters and impossible days alone', () => {
    expect(dates('từ 6-12 tháng tuổi')).toEqual([]);
    expect(dates('quý 2/2024 và giai đoạn 2019- 2024')).toEqual([]);
    expect(dates('trực 24/24 giờ')).toEqual([]);
    expect(dates('Ngày 31/2 không có')).toEqual([]);
    expect(dates('tỷ lệ 1,5 và 3.4')).toEqual([]);
    expect(dates('9 tháng 10 ngày')).toEqual([]);
  });
});

describe('findHeaderDate', () => {
  it('finds a dated line at the top', () => {
    const ps = paragraphs('Nam Định, ngày 05 tháng 7 năm 2023\n\nSáng 4/7, tỉnh họp.');
    expect(findHeaderDate(ps)?.iso).toBe('2023-07-05');
  });

  it('finds a publication stamp', () => {
    const ps = paragraphs(
      'Tin địa phương\n(08:30:00 12/11/2022)\nChiều 10-11, huyện tổ chức hội nghị.',
    );
    expect(findHeaderDate(ps)?.iso).toBe('2022-11-12');
  });

  it('does not take a sentence with a date for a header', () => {
    const ps = paragraphs(
      'Ngày 12/11/2022, Ban chỉ huy quân sự huyện tổ chức hội nghị tổng kết công tác quân sự địa phương.',
    );
    expect(findHeaderDate(ps)).toBeUndefined();
  });
});

describe('chooseConferenceDate', () => {
  const choose = (text: string) => {
    const ps = paragraphs(text);
    const all = ps.flatMap(findDates);
    const d = chooseConferenceDate(all, findHeaderDate(ps));
    return d && [d.paragraph.number, d.day, d.month];
  };

  it('takes the date that opens the conference sentence', () => {
    expect(
      choose(
        'Huyện có 12 xã.\nSáng 18/12, UBND huyện tổ chức hội nghị tổng kết.\nĐợt thi đua từ ngày 01/01 đến ngày 31/3/2024.',
      ),
    ).toEqual([2, 18, 12]);
  });

  it('skips a header date, ranges and anniversaries', () => {
    expect(
      choose(
        'Hà Nam, ngày 20 tháng 12 năm 2022\nKỷ niệm ngày thành lập 22/12/1944 - 22/12/2022.\nTừ ngày 01/12 đến 15/12 các xã huấn luyện.\nChiều 19-12, Bộ CHQS tỉnh tổ chức hội nghị.',
      ),
    ).toEqual([4, 19, 12]);
  });

  it('finds none where no date is a conference date', () => {
    expect(choose('Đợt cao điểm từ ngày 01/7 đến ngày 30/9.')).toBeUndefined();
  });
});

describe('findTime', () => {
  it('reads hours in the ways reports write them', () => {
    const at = (text: string) => {
      const p = one(text);
      return findTime(p, { start: 0, end: p.text.length })?.time;
    };
    expect(at('Lúc 14 giờ 30 ngày 3/4')).toBe('14:30');
    expect(at('Vào 8h ngày 3/4')).toBe('08:00');
    expect(at('bắt đầu 7g15')).toBe('07:15');
    expect(at('khai mạc 13:30')).toBe('13:30');
    expect(at('trực 24/24 giờ')).toBeUndefined();
    expect(at('lúc 25 giờ')).toBeUndefined();
    expect(timeOfDayAt('14:30')).toBe('afternoon');
    expect(timeOfDayAt('07:00')).toBe('morning');
    expect(timeOfDayAt('19:00')).toBe('evening');
  });
});

describe('inferYear', () => {
  const q = (y: number, n: number) => ({
    kind: 'quarter' as const,
    start: `${y}-${String(n * 3 - 2).padStart(2, '0')}-01`,
    end: `${y}-${String(n * 3).padStart(2, '0')}-${n === 1 || n === 4 ? 31 : 30}`,
  });
  const year = (y: number) => ({ kind: 'year' as const, start: `${y}-01-01`, end: `${y}-12-31` });

  it('takes the year of the header date, or the one before when the day would be later', () => {
    const header = { iso: '2023-01-10', mention: {} as never };
    expect(inferYear(5, 1, 'Ngày 5/1', { header, years: [] })?.year).toBe(2023);
    expect(inferYear(28, 12, 'Ngày 28/12', { header, years: [] })?.year).toBe(2022);
    expect(inferYear(5, 1, 'Ngày 5/1', { header, years: [] })?.reason.vi).toContain('10/01/2023');
  });

  it('places the conference at the end of the period it reviews', () => {
    const a = inferYear(8, 10, 'Ngày 8/10', {
      reviewed: q(2022, 3),
      planned: q(2022, 4),
      years: [],
    });
    expect(a?.year).toBe(2022);
    expect(a?.reason.en).toContain('Q3 2022');
    const b = inferYear(15, 1, 'Sáng 15-1', {
      reviewed: year(2021),
      planned: year(2022),
      years: [],
    });
    expect(b?.year).toBe(2022);
    const c = inferYear(20, 12, 'Chiều 20-12', { reviewed: null, planned: year(2025), years: [] });
    expect(c?.year).toBe(2024);
    expect(c?.reason.vi).toContain('năm 2025');
  });

  it('falls back on the year the text names most, then on the day of the paste', () => {
    expect(inferYear(3, 3, 'Ngày 3/3', { years: [2021, 2019] })?.year).toBe(2021);
    const today = inferYear(3, 3, 'Ngày 3/3', { years: [], today: '2026-02-01' });
    expect(today?.year).toBe(2025);
    expect(today?.reason.en).toContain('pasted');
    expect(inferYear(3, 3, 'Ngày 3/3', { years: [] })).toBeUndefined();
  });

  it('does not give 29 February to a year without it', () => {
    expect(inferYear(29, 2, 'Ngày 29/2', { reviewed: year(2023), years: [] })?.year).toBe(2024);
  });
});
