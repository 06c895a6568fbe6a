import { describe, expect, it } from 'vitest';
import { cleanText, type Paragraph } from './clean';
import { chooseConferenceDate, findDates } from './dates';
import { chooseOrganiser, findBodyPhrases, resolveReportingUnit } from './organiser';
import { testUnits } from './test-units';
import { buildUnitMatcher, findMentions } from './units';

const matcher = buildUnitMatcher(testUnits);

function read(text: string, date?: string) {
  const paragraphs = cleanText(text, 1e6).paragraphs.filter((p) => p.text.trim());
  const mentions = new Map(paragraphs.map((p) => [p, findMentions(matcher, p, false)]));
  const phrases = paragraphs.flatMap((p) => findBodyPhrases(p, mentions.get(p) ?? []));
  const conference = chooseConferenceDate(paragraphs.flatMap(findDates), undefined);
  const organiser = chooseOrganiser(phrases, conference);
  const all = [...mentions.values()].flat();
  const unit = resolveReportingUnit(matcher, organiser, phrases, all, date);
  const text_ = (p: Paragraph, a: number, b: number) => p.text.slice(a, b);
  return {
    phrases: phrases.map((x) => [text_(x.paragraph, x.start, x.end), x.body, x.levels]),
    organiser: organiser && text_(organiser.paragraph, organiser.start, organiser.end),
    unit,
  };
}

describe('findBodyPhrases', () => {
  it('reads bodies, their level and the place they name', () => {
    expect(
      read(
        'Đảng ủy Quân sự tỉnh Nam Định, UBND huyện Hải Hậu, Ban CHQS xã Hải Minh, Bộ CHQS tỉnh, Huyện ủy Ý Yên và HĐND phường Lộc Hạ.',
      ).phrases,
    ).toEqual([
      ['Đảng ủy Quân sự tỉnh Nam Định', 'military-party-committee', ['province']],
      ['UBND huyện Hải Hậu', 'people-committee', ['district']],
      ['Ban CHQS xã Hải Minh', 'military-command', ['commune']],
      ['Bộ CHQS tỉnh', 'military-command', ['province']],
      ['Huyện ủy Ý Yên', 'party-committee', ['district']],
      ['HĐND phường Lộc Hạ', 'people-council', ['commune']],
    ]);
  });
});

describe('chooseOrganiser and resolveReportingUnit', () => {
  it('takes the body that holds the conference, not the venue nor a post', () => {
    const r = read(
      'Sáng 9/1, tại hội trường Ban CHQS huyện, Đảng ủy Quân sự huyện Hải Hậu tổ chức hội nghị tổng kết năm 2023. Đồng chí Vũ Văn Tâm, Bí thư Đảng ủy Quân sự tỉnh Nam Định dự.',
      '2024-01-09',
    );
    expect(r.organiser).toBe('Đảng ủy Quân sự huyện Hải Hậu');
    expect(r.unit).toMatchObject({ unitId: 'hai-hau', level: 'district', status: 'stated' });
  });

  it('finds the unit from the places named when the body names none', () => {
    const r = read(
      'Chiều 3-10, UBND huyện tổ chức hội nghị sơ kết 9 tháng.\nCác xã Hải Minh, Hải Đông hoàn thành tốt nhiệm vụ.',
      '2023-10-03',
    );
    expect(r.organiser).toBe('UBND huyện');
    expect(r.unit.unitId).toBe('hai-hau');
    expect(r.unit.status).toBe('inferred');
    expect(r.unit.reason?.vi).toContain('Hải Minh');
    expect(r.unit.reason?.en).toContain('Hải Hậu District');
  });

  it('takes the place another body of the same level names', () => {
    const r = read(
      'Ngày 5/6, Ban CHQS huyện tổ chức hội nghị.\nThay mặt Huyện ủy Ý Yên, đồng chí Bí thư phát biểu.',
      '2023-06-05',
    );
    expect(r.unit.unitId).toBe('y-yen');
    expect(r.unit.reason?.en).toContain('Huyện ủy Ý Yên');
  });

  it('leaves the unit empty when nothing points to one', () => {
    const r = read('Ngày 5/6, UBND huyện tổ chức hội nghị.', '2023-06-05');
    expect(r.unit.unitId).toBeUndefined();
    expect(r.unit.level).toBe('district');
  });

  it('chooses the unit of the level the words give, valid on the day', () => {
    expect(read('Ngày 2/2, UBND thành phố Nam Định tổ chức hội nghị.').unit.unitId).toBe(
      'tp-nam-dinh',
    );
    expect(read('Ngày 2/2, UBND tỉnh Nam Định tổ chức hội nghị.').unit.unitId).toBe('nam-dinh');
    expect(read('Ngày 2/2, UBND huyện Mỹ Lộc tổ chức hội nghị.', '2024-02-02').unit.unitId).toBe(
      'my-loc',
    );
  });
});
