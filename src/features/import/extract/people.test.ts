import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';
import { collectPeople } from './people';
import { testUnits } from './test-units';

const people = (text: string) =>
  collectPeople(cleanText(text, 1e6).paragraphs, testUnits, 'src').map((p) => ({
    name: p.name,
    rank: p.rank,
    titles: p.titles.map((t) => t.vi),
    roles: p.roles,
    paragraph: p.provenance.paragraph,
  }));

describe('collectPeople', () => {
  it('reads a rank, the name, the posts up to the verb, and the part it names', () => {
    expect(
      people(
        'Đại tá Phạm Quốc Hùng, Chỉ huy trưởng Bộ CHQS tỉnh chủ trì hội nghị. Trung tá Đỗ Minh Khoa - Phó Chính ủy Ban CHQS huyện phát biểu tại hội nghị.',
      ),
    ).toEqual([
      {
        name: 'Phạm Quốc Hùng',
        rank: 'dai-ta',
        titles: ['Chỉ huy trưởng Bộ CHQS tỉnh'],
        roles: ['chair'],
        paragraph: 1,
      },
      {
        name: 'Đỗ Minh Khoa',
        rank: 'trung-ta',
        titles: ['Phó Chính ủy Ban CHQS huyện'],
        roles: ['speaker'],
        paragraph: 1,
      },
    ]);
  });

  it('reads a list after "Dự hội nghị có" and a form of address with several posts', () => {
    const found = people(
      'Dự hội nghị có đồng chí Trần Thị Mai – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Thiếu tướng Ngô Văn Bình, Phó Tư lệnh Quân khu 3.',
    );
    expect(found.map((p) => [p.name, p.rank, p.titles, p.roles])).toEqual([
      [
        'Trần Thị Mai',
        undefined,
        ['Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
        ['attendee'],
      ],
      ['Ngô Văn Bình', 'thieu-tuong', ['Phó Tư lệnh Quân khu 3'], ['attendee']],
    ]);
  });

  it('reads the part from the words that open the sentence, and merges one person named twice', () => {
    const found = people(
      'Thượng tá Lý Văn Sơn, Chính trị viên Ban CHQS huyện trao Giấy khen cho các tập thể.\nPhát biểu kết luận hội nghị, Thượng tá Lý Văn Sơn đề nghị các xã tiếp tục huấn luyện.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.roles).toEqual(['concluder', 'award-presenter']);
    expect(found[0]?.paragraph).toBe(1);
  });

  it('reads abbreviated posts', () => {
    const [p] = collectPeople(
      cleanText('Đ/c Lý Văn Hải, UVBTV Huyện ủy, Chỉ huy trưởng Ban CHQS huyện phát biểu.', 1e6)
        .paragraphs,
      testUnits,
      'src',
    );
    expect(p?.titles.map((t) => t.en)).toEqual([
      'Member of the Standing Committee of the District Party Committee',
      'Commander of the District Military Command',
    ]);
  });

  it('takes "chỉ đạo", "phát động" and "dự và chỉ đạo"', () => {
    const found = people(
      'Đ/c Hoàng Anh Tuấn – Bí thư Huyện ủy dự và chỉ đạo hội nghị. Ông Bùi Văn Lực, Trưởng ban phát động phong trào thi đua.',
    );
    expect(found.map((p) => [p.name, p.roles])).toEqual([
      ['Hoàng Anh Tuấn', ['director', 'attendee']],
      ['Bùi Văn Lực', ['campaign-launcher']],
    ]);
  });

  it('reads a name written after a post, with no form of address', () => {
    expect(
      people(
        'Phó Chủ tịch UBND tỉnh Nguyễn Thị Thu Hà dự và phát biểu chỉ đạo. Đại diện Bộ Tư lệnh Quân khu 3, Ban CHQS quận Hải Hậu dự.',
      ).map((p) => [p.name, p.titles, p.roles]),
    ).toEqual([['Nguyễn Thị Thu Hà', ['Phó Chủ tịch UBND tỉnh'], ['director', 'attendee']]]);
  });

  it('does not take posts without a name, places or bylines for people', () => {
    expect(
      people(
        'Các đồng chí Phó Chủ tịch UBND huyện dự. Ông bà con nhân dân xã Bà Rịa phấn khởi. Đồng chí đề nghị tiếp tục.\nNguyễn Thanh Hà',
      ),
    ).toEqual([]);
  });

  it('gives the posts in English where it knows the words', () => {
    const [p] = collectPeople(
      cleanText('Đồng chí Vũ Thị Lan, Chủ tịch UBND tỉnh Nam Định dự.', 1e6).paragraphs,
      testUnits,
      'src',
    );
    expect(p?.titles[0]?.en).toBe("Chairman of the Nam Định Provincial People's Committee");
  });
});
