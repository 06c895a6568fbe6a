import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

const exercises = (...lines: string[]) =>
  factsOf('exercises', ...lines).map((f) => [f.exerciseType, f.unitId, f.level, f.status, f.value]);

describe('exercises', () => {
  it('reads each type from the words after "diễn tập"', () => {
    expect(
      exercises(
        'Năm 2023, huyện đã luyện tập chuyển trạng thái sẵn sàng chiến đấu; diễn tập chỉ huy - cơ quan trên bản đồ; diễn tập PCTT-TKCN; diễn tập căn cứ hậu phương.',
      ),
    ).toEqual([
      ['readiness-transition', 'hai-hau', null, 'done', null],
      ['command-staff-map', 'hai-hau', null, 'done', null],
      ['disaster-response', 'hai-hau', null, 'done', null],
      ['rear-base', 'hai-hau', null, 'done', null],
    ]);
  });

  it('gives one exercise per place named before or after it', () => {
    expect(
      exercises(
        'Năm 2023, các xã Hải Minh, Hải Đông đã diễn tập chiến đấu trong khu vực phòng thủ.',
        'Năm 2023, huyện đã chỉ đạo diễn tập chiến đấu phòng thủ tại xã Yên Trị.',
      ),
    ).toEqual([
      ['defence-combat', 'hai-minh', 'commune', 'done', null],
      ['defence-combat', 'hai-dong', 'commune', 'done', null],
      ['defence-combat', 'yen-tri', 'commune', 'done', null],
    ]);
  });

  it('gives one exercise per level named after it, and counts stated', () => {
    expect(
      exercises('Năm 2023, huyện đã tổ chức 12 cuộc diễn tập khu vực phòng thủ cấp xã.'),
    ).toEqual([['defence-zone', 'hai-hau', 'commune', 'done', 12]]);
  });

  it('knows planned and in preparation', () => {
    expect(
      exercises(
        'Năm 2024, huyện sẽ diễn tập KVPT.',
        'Năm 2023, huyện đã chuẩn bị diễn tập PCTT.',
        'Thời gian tới, huyện tổ chức diễn tập chiến đấu phòng thủ.',
      ),
    ).toEqual([
      ['defence-zone', 'hai-hau', null, 'planned', null],
      ['disaster-response', 'hai-hau', null, 'preparing', null],
      ['defence-combat', 'hai-hau', null, 'planned', null],
    ]);
  });

  it('leaves out exercises of no known type', () => {
    expect(exercises('Năm 2023, huyện tham gia hội thi, hội thao, diễn tập các cấp.')).toEqual([]);
  });
});
