import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

describe('defence-education figures', () => {
  const education = (...lines: string[]) =>
    factsOf('education', ...lines).map((f) => [f.measure, f.targetGroup, f.value, f.delivery]);

  it('reads target groups with the count before or after them', () => {
    expect(
      education(
        'Cử 4 đồng chí đối tượng 2 và 17 đồng chí đối tượng 3 đi bồi dưỡng kiến thức quốc phòng.',
        'Đối tượng 4: 230 đồng chí, tổ chức tại huyện.',
        'Cử 3 đồng chí đi bồi dưỡng đối tượng 1.',
      ),
    ).toEqual([
      ['trainees', 'group-2', 4, 'sent-to-course'],
      ['trainees', 'group-3', 17, 'sent-to-course'],
      ['trainees', 'group-4', 230, 'held-locally'],
      ['trainees', 'group-1', 3, 'sent-to-course'],
    ]);
  });

  it('reads the classes held for a group and the result', () => {
    const facts = factsOf(
      'education',
      'Tổ chức 03 lớp cho 185 đồng chí đối tượng 4, đạt kết quả khá.',
    );
    expect(facts.map((f) => [f.measure, f.value])).toEqual([
      ['classes', 3],
      ['trainees', 185],
    ]);
    expect(facts[1]?.result).toEqual({ vi: 'đạt kết quả khá', en: 'good results' });
  });

  it('reads pupils and students only in a clause about defence education, with their schools', () => {
    const [f] = factsOf(
      'education',
      'Giáo dục QP-AN cho 3.500 học sinh trường THPT Hải Hậu B, trường THPT Trần Quốc Tuấn.',
    );
    expect([f?.targetGroup, f?.value, f?.institutions]).toEqual([
      'students',
      3500,
      ['Trường THPT Hải Hậu B', 'Trường THPT Trần Quốc Tuấn'],
    ]);
    expect(education('Có 1.200 học sinh tham gia ngày hội đọc sách.')).toEqual([]);
    expect(education('Giáo dục quốc phòng và an ninh: 640 sinh viên.')).toEqual([
      ['trainees', 'students', 640, 'held-locally'],
    ]);
  });
});

describe('training figures', () => {
  it('reads courses attended, cadres trained and the programme completed', () => {
    const facts = factsOf(
      'training',
      'Tham gia 3 lớp tập huấn do Bộ CHQS tỉnh tổ chức; tập huấn cho 85 cán bộ chỉ huy dân quân.',
      'Các đơn vị hoàn thành 98% kế hoạch huấn luyện.',
    );
    expect(facts.map((f) => [f.measure, f.value])).toEqual([
      ['courses-attended', 3],
      ['cadres-trained', 85],
      ['programme-completion-pct', 98],
    ]);
    const [courses, cadres] = facts;
    expect(courses?.measure === 'courses-attended' && courses.organiser).toEqual({
      vi: 'Bộ CHQS tỉnh',
      en: 'the Provincial Military Command',
    });
    expect(cadres?.measure === 'cadres-trained' && cadres.audience?.vi).toBe(
      'Cán bộ chỉ huy dân quân',
    );
  });
});
