/**
 * Random and mangled inputs for the extraction's fuzz test and benchmark, reproducible from a
 * seed: random Unicode (lone surrogates, combining marks, controls, emoji), texts cut and
 * shuffled, marks stripped or decomposed, tags and pictures thrown in, numbers repeated, huge
 * lines, and sentences assembled at random from report vocabulary.
 */
import { seededRandom } from '../../../../mocks/synthetic/random';

/** The synthetic data's seeded generator, with `int(n)` drawing from 0 to n − 1. */
function random(seed: number) {
  const { next, pick } = seededRandom(seed);
  return { next, pick, int: (n: number) => Math.floor(next() * n) };
}

type Rng = ReturnType<typeof random>;

const vocabulary = (
  'Ngày 3/4, | Chiều 6-12, | Sáng 28-6, | ngày 21/11/2019 | (16:13:00 28/06/2024) | Hải Phòng, ngày 24 tháng 01 năm 2020 | ' +
  'Đảng ủy Quân sự tỉnh | UBND huyện | Ban CHQS xã | Bộ CHQS thành phố | Huyện ủy | tổ chức | hội nghị | ' +
  'sơ kết | tổng kết | ra nghị quyết | quý I/2024 | quý 2 | 6 tháng đầu năm 2024 | 9 tháng | năm 2020 | nhiệm kỳ 2020-2025 | ' +
  'Đại tá | Thượng tá | Thiếu tướng | đồng chí | đ/c | Bí thư | Chỉ huy trưởng | Chính ủy | Phó Chủ tịch UBND | ' +
  'chủ trì | dự | kết luận | phát biểu | trao | Giấy khen | cho | tập thể | cá nhân | ' +
  'hoàn thành | 100% | chỉ tiêu | giao quân | thanh niên | nhập ngũ | 2.550 | 1,5 tỷ đồng | gần | hơn | trên | ' +
  'đối tượng 1 | đối tượng 4 | học sinh, sinh viên | lớp | diễn tập | khu vực phòng thủ | KVPT | PCTT-TKCN | ' +
  'CH-CQ | trên bản đồ | chuyển trạng thái SSCĐ | căn cứ hậu phương | chiến đấu | chuẩn bị | sẽ | ' +
  'nhà tình nghĩa | xây dựng | Nguyễn Văn | Lê Thị | Hải An | Thủy Nguyên | Cẩm Yên | Bắc Giang | ; | , | . | : | – | \n'
).split(' | ');

function randomUnicode(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const r = rng.next();
    if (r < 0.3) out += String.fromCharCode(0x20 + rng.int(0x5f));
    else if (r < 0.5) out += String.fromCharCode(0xc0 + rng.int(0x1f0));
    else if (r < 0.6) out += String.fromCharCode(0x300 + rng.int(0x70));
    else if (r < 0.65) out += String.fromCharCode(0xd800 + rng.int(0x800));
    else if (r < 0.7) out += String.fromCharCode(rng.int(0x20));
    else if (r < 0.75) out += String.fromCodePoint(0x1f300 + rng.int(0x300));
    else if (r < 0.85) out += String.fromCharCode(0x1ea0 + rng.int(0x60));
    else out += String.fromCharCode(rng.int(0xffff));
  }
  return out;
}

function mangle(rng: Rng, text: string): string {
  switch (rng.int(9)) {
    case 0:
      return text.normalize('NFD');
    case 1:
      return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    case 2:
      return text.toUpperCase();
    case 3: {
      const lines = text.split('\n');
      for (let i = lines.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      }
      return lines.join(rng.next() < 0.5 ? '\n' : '\r\n');
    }
    case 4: {
      const words = text.split(' ');
      for (let i = 0; i < words.length / 4; i++) {
        const a = rng.int(words.length);
        const b = rng.int(words.length);
        [words[a], words[b]] = [words[b] as string, words[a] as string];
      }
      return words.join(' ');
    }
    case 5:
      return text.replace(/ /g, () =>
        rng.pick([' ', ' ', ' <b>', '</i> ', '<br>', ' <image>x\ny</image> ', '&nbsp;', '\u200b ']),
      );
    case 6:
      return text.replace(/\d/g, () => String(rng.int(10)).repeat(1 + rng.int(3)));
    case 7: {
      const start = rng.int(text.length);
      return text.slice(start, start + 1 + rng.int(text.length));
    }
    default:
      return text.replace(/[\s\S]/g, (c) => (rng.next() < 0.05 ? '' : c));
  }
}

function sentences(rng: Rng, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(rng.next() < 0.15 ? String(rng.int(3000)) : rng.pick(vocabulary));
  }
  return out.join(' ');
}

/** Inputs that are each a few pages at most. */
export function fuzzCorpus(seedTexts: readonly string[], count: number, seed = 7): string[] {
  const rng = random(seed);
  const texts = seedTexts.length ? seedTexts : [sentences(random(1), 200)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 6;
    if (kind === 0) out.push(randomUnicode(rng, rng.int(400)));
    else if (kind === 1) out.push(mangle(rng, rng.pick(texts)));
    else if (kind === 2) out.push(mangle(rng, mangle(rng, rng.pick(texts))));
    else if (kind === 3) out.push(sentences(rng, 10 + rng.int(300)));
    else if (kind === 4) {
      const a = rng.pick(texts);
      const b = rng.pick(texts);
      out.push(a.slice(0, rng.int(a.length)) + randomUnicode(rng, 20) + b.slice(rng.int(b.length)));
    } else {
      const unit = rng.pick([
        '2.550 ',
        '100% chỉ tiêu giao quân ',
        '1/1/1/',
        'đồng chí Lê Văn A, ',
        '9',
        ' ',
      ]);
      out.push(unit.repeat(1 + rng.int(200)));
    }
  }
  return out;
}

/** Inputs built to be slow: huge single lines, unclosed tags, floods of dates and numbers. */
export function hugeInputs(seedTexts: readonly string[]): { name: string; text: string }[] {
  const longLine = (seedTexts.join(' ') || sentences(random(3), 2000)).replace(/\s*\n\s*/g, ' ');
  return [
    {
      name: 'one line of 300 000 characters',
      text: longLine.repeat(Math.ceil(300_000 / longLine.length)),
    },
    { name: '200 000 "<"', text: '<'.repeat(200_000) },
    { name: '20 000 unclosed <image>', text: '<image>'.repeat(20_000) },
    { name: '10 000 dates', text: 'Ngày 3/4, '.repeat(10_000) },
    { name: '20 000 percentages', text: 'hoàn thành 100% chỉ tiêu giao quân; '.repeat(20_000) },
    { name: '50 000 lines', text: 'Đại tá Lê Văn An\n'.repeat(50_000) },
    { name: '100 000 digits', text: '1'.repeat(100_000) },
    {
      name: '10 000 people on one line',
      text: 'đồng chí Lê Văn An, Bí thư Huyện ủy dự; '.repeat(10_000),
    },
    { name: '20 000 periods on one line', text: 'Hội nghị năm 2020. '.repeat(20_000) },
    {
      name: '5 000 awards and exercises on one line',
      text: 'UBND huyện Hải An tặng Giấy khen cho 5 tập thể, các xã diễn tập KVPT; '.repeat(5_000),
    },
  ];
}
