import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

const social = (...lines: string[]) =>
  factsOf('social-policy', ...lines).map((f) => [f.measure, f.value, f.qualifier, f.purpose.en]);

describe('social policy', () => {
  it('reads houses built and money, naming the purpose in our own words', () => {
    expect(
      social(
        'Năm 2023, huyện đã bàn giao 3 nhà tình nghĩa; trao 20 sổ tiết kiệm trị giá 100 triệu đồng; tặng 150 suất quà trị giá hơn 75 triệu đồng.',
      ),
    ).toEqual([
      ['houses-built-or-repaired', 3, 'exact', 'gratitude houses'],
      ['money-vnd', 100_000_000, 'exact', 'savings books'],
      ['money-vnd', 75_000_000, 'over', 'gifts'],
    ]);
  });

  it('needs building or handing over for houses', () => {
    expect(social('Huyện có 40 nhà tình nghĩa cần sửa.')).toEqual([]);
  });
});
