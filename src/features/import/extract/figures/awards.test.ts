import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

const awards = (...lines: string[]) =>
  factsOf('awards', ...lines).map((f) => [
    f.recipientKind,
    f.value,
    f.issuer.vi,
    f.issuerUnitId ?? null,
    f.title.vi,
    f.title.en,
  ]);

describe('awards', () => {
  it('gives each count its issuer and title, several issuers in one sentence', () => {
    expect(
      awards(
        'Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể; Ban CHQS huyện tặng danh hiệu Chiến sĩ thi đua cho 7 cá nhân và Giấy khen cho 2 tập thể.',
      ),
    ).toEqual([
      [
        'collective',
        3,
        'UBND tỉnh Nam Định',
        'nam-dinh',
        'Bằng khen',
        'Certificate of merit (Bằng khen)',
      ],
      [
        'individual',
        7,
        'Ban CHQS huyện Hải Hậu',
        'hai-hau',
        'Chiến sĩ thi đua',
        'Emulation soldier',
      ],
      ['collective', 2, 'Ban CHQS huyện Hải Hậu', 'hai-hau', 'Giấy khen', 'Certificate of merit'],
    ]);
  });

  it('reads an issuer named after the title', () => {
    expect(awards('Năm 2023, huyện tặng Giấy khen của Ban CHQS huyện cho 12 cá nhân.')).toEqual([
      ['individual', 12, 'Ban CHQS huyện Hải Hậu', 'hai-hau', 'Giấy khen', 'Certificate of merit'],
    ]);
  });

  it('reads awards without an issuer', () => {
    expect(awards('Dịp này đã khen thưởng 12 tập thể, 30 cá nhân có thành tích xuất sắc.')).toEqual(
      [
        ['collective', 12, '(không nêu)', null, 'Khen thưởng', 'Award'],
        ['individual', 30, '(không nêu)', null, 'Khen thưởng', 'Award'],
      ],
    );
  });

  it('needs an award verb before the count', () => {
    expect(awards('Huyện có 25 tập thể và 40 cá nhân tham gia hội thao.')).toEqual([]);
  });
});
