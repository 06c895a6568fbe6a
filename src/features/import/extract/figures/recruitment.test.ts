import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

const recruitment = (...lines: string[]) =>
  factsOf('recruitment', ...lines).map((f) => [
    f.measure,
    f.value,
    f.qualifier,
    f.provenance.span.text,
  ]);

describe('recruitment figures', () => {
  it('reads the quota met and the youths enlisted, however the sentence runs', () => {
    expect(
      recruitment('Huyện đã giao 315 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu.'),
    ).toEqual([
      ['enlisted', 315, 'exact', '315 thanh niên lên đường nhập ngũ'],
      ['quota-completion-pct', 100, 'exact', '100% chỉ tiêu'],
    ]);
    expect(recruitment('Chỉ tiêu tuyển quân năm 2023 đạt 100%.')).toEqual([
      ['quota-completion-pct', 100, 'exact', '100%'],
    ]);
    expect(recruitment('Toàn huyện có gần 1.050 tân binh nhập ngũ.')).toEqual([
      ['enlisted', 1050, 'nearly', 'gần 1.050 tân binh nhập ngũ'],
    ]);
  });

  it('reads a quota under a heading, and one given in brackets after the youths enlisted', () => {
    expect(recruitment('- Tuyển quân: đạt 100% chỉ tiêu giao.')).toEqual([
      ['quota-completion-pct', 100, 'exact', '100% chỉ tiêu'],
    ]);
    expect(recruitment('Trong năm giao 98 thanh niên nhập ngũ (đạt 100%).')).toEqual([
      ['enlisted', 98, 'exact', '98 thanh niên nhập ngũ'],
      ['quota-completion-pct', 100, 'exact', '100%'],
    ]);
  });

  it('takes a year stated just after the quota, not one it is compared with', () => {
    const [a] = factsOf('recruitment', 'Hoàn thành 100% chỉ tiêu gọi công dân nhập ngũ năm 2024.');
    expect(a?.period?.start).toBe('2024-01-01');
    const [b] = factsOf(
      'recruitment',
      'Công tác tuyển quân hoàn thành 100% chỉ tiêu, chất lượng cao hơn năm 2021.',
    );
    expect(b?.period?.start).toBe('2023-01-01');
  });

  it('leaves out registration, medical checks, training and other percentages', () => {
    expect(
      recruitment(
        'Khám tuyển nghĩa vụ quân sự cho 1.200 công dân; đăng ký cho 900 thanh niên.',
        'Hoàn thành 100% nội dung, chương trình huấn luyện.',
        'Tỷ lệ đảng viên trong dân quân đạt 18%.',
      ),
    ).toEqual([]);
  });
});
