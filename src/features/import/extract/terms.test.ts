import { describe, expect, it } from 'vitest';
import { bareName, bodyToEnglish, titleToEnglish } from './terms';
import { testUnits } from './test-units';

describe('titleToEnglish and bodyToEnglish', () => {
  it('puts posts and bodies into English, naming places the table knows', () => {
    expect(titleToEnglish('Bí thư Tỉnh ủy', testUnits)).toBe(
      'Secretary of the Provincial Party Committee',
    );
    expect(titleToEnglish('Phó Chủ tịch UBND huyện Hải Hậu', testUnits)).toBe(
      "Vice-chairman of the Hải Hậu District People's Committee",
    );
    expect(titleToEnglish('Chỉ huy trưởng Ban CHQS xã', testUnits)).toBe(
      'Commander of the Commune Military Command',
    );
    expect(titleToEnglish('Phó Tư lệnh Quân khu 3', testUnits)).toBe(
      'Deputy Commander of the Military Region 3',
    );
    expect(titleToEnglish('Ủy viên Ban Thường vụ Huyện ủy', testUnits)).toBe(
      'Member of the Standing Committee of the District Party Committee',
    );
    expect(bodyToEnglish('Bộ CHQS tỉnh Nam Định', testUnits)).toBe(
      'the Nam Định Provincial Military Command',
    );
  });

  it('keeps what it cannot translate, marked as Vietnamese', () => {
    expect(titleToEnglish('Trưởng Công an xã', testUnits)).toBe('Police Chief, xã [vi]');
    expect(titleToEnglish('Chủ tịch Hội Cựu chiến binh', testUnits)).toBe(
      'Chairman, Hội Cựu chiến binh [vi]',
    );
    expect(bodyToEnglish('UBND huyện Giao Thủy', testUnits)).toBe(
      "the District People's Committee (Giao Thủy)",
    );
  });

  it("writes a unit's name without its type word", () => {
    expect(testUnits.map(bareName).slice(2, 5)).toEqual(['Nam Định', 'Nam Định', 'Hải Hậu']);
  });
});
