import { describe, expect, it } from 'vitest';
import { cleanText, foldSameLength, spanOf, splitLines } from './clean';

const clean = (text: string, max = 1_000_000) => cleanText(text, max);

describe('cleanText', () => {
  it('numbers paragraphs by the lines of the paste, whatever the line ends', () => {
    const { paragraphs } = clean('Dòng một\r\nDòng hai\n\nDòng bốn\rDòng năm');
    expect(paragraphs.map((p) => [p.number, p.text])).toEqual([
      [1, 'Dòng một'],
      [2, 'Dòng hai'],
      [3, ''],
      [4, 'Dòng bốn'],
      [5, 'Dòng năm'],
    ]);
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops an embedded picture over several lines but keeps their numbers', () => {
    const text = 'Trước ảnh\n<image>data:image/png;base64,AAA\nBBB\nCCC</image>Chú thích\nSau ảnh';
    const { paragraphs, markupChars } = clean(text);
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[1]?.text.trim()).toBe('');
    expect(paragraphs[3]?.text.trim()).toBe('Chú thích');
    expect(paragraphs[4]?.text).toBe('Sau ảnh');
    expect(markupChars).toBeGreaterThan(20);
  });

  it('ends an unclosed picture block at its line', () => {
    const { paragraphs } = clean('<image>data:image/png;base64,AAAA\nHội nghị tiếp tục');
    expect(paragraphs[0]?.text.trim()).toBe('');
    expect(paragraphs[1]?.text).toBe('Hội nghị tiếp tục');
  });

  it('removes tags, scripts and styles, decodes entities, and never runs anything', () => {
    const text =
      '<p>Huyện <b>tổ chức</b> hội nghị&nbsp;tổng kết &amp; khen thưởng</p><script>alert("x")</script><style>p{}</style><!-- ghi chú -->';
    const [p] = clean(text).paragraphs;
    expect(p?.text.replace(/ +/g, ' ').trim()).toBe(
      'Huyện tổ chức hội nghị tổng kết & khen thưởng',
    );
  });

  it('removes inline pictures, links and markdown emphasis', () => {
    const [p] = clean(
      '**Ngày 2/3** xã tổ chức ![ảnh](http://x/y.png) diễn tập data:image/gif;base64,R0lGOD== https://vi.example/tin',
    ).paragraphs;
    expect(p?.text.replace(/ +/g, ' ').trim()).toBe('Ngày 2/3 xã tổ chức diễn tập');
  });

  it('composes decomposed letters and maps spans back to the paste', () => {
    const nfd = 'Ngày 3/4, Ha\u0300 Nô\u0323i';
    const [p] = clean(nfd).paragraphs;
    expect(p?.text).toBe('Ngày 3/4, Hà Nội');
    const at = p!.text.indexOf('Hà Nội');
    const span = spanOf(p!, at, at + 'Hà Nội'.length);
    expect(span.text).toBe('Ha\u0300 Nô\u0323i');
    expect(nfd.slice(span.start, span.end)).toBe(span.text);
  });

  it('maps spans through removed tags to the original line', () => {
    const line = 'Xã <i>Phú Lộc</i> giao 25 tân binh';
    const [p] = clean(line).paragraphs;
    const at = p!.text.indexOf('25');
    expect(spanOf(p!, at, at + 2)).toEqual({
      start: line.indexOf('25'),
      end: line.indexOf('25') + 2,
      text: '25',
    });
  });

  it('turns odd spaces into spaces and drops zero-width characters', () => {
    const [p] = clean('Đại\u00a0tá\u200b Lê\u2003Văn\tAn\ufeff').paragraphs;
    expect(p?.text).toBe('Đại tá Lê Văn An');
  });

  it('folds each character to one, so indexes agree with the text', () => {
    const text = 'Đảng ủy Quân sự – “KVPT” Thủy';
    expect(foldSameLength(text)).toBe('dang uy quan su - "kvpt" thuy');
    expect(foldSameLength(text)).toHaveLength(text.length);
  });

  it('reads at most the given number of characters, cutting at a line end when one is near', () => {
    const text = `${'a'.repeat(90)}\n${'b'.repeat(50)}`;
    const result = clean(text, 100);
    expect(result.truncated).toBe(true);
    expect(result.paragraphs).toHaveLength(1);
    expect(result.processedChars).toBe(90);
    const long = clean('x'.repeat(1000), 100);
    expect(long.processedChars).toBe(100);
  });

  it('never splits a surrogate pair when it cuts', () => {
    const result = clean(`${'a'.repeat(99)}😀bbb`, 100);
    expect(result.processedChars).toBe(99);
  });
});
