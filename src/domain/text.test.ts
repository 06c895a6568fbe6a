import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldWords, matchesQuery } from './text';

describe('foldDiacritics', () => {
  it('folds tones, hats and đ', () => {
    expect(foldDiacritics('Hải Phòng')).toBe('hai phong');
    expect(foldDiacritics('Đảng ủy Quân sự')).toBe('dang uy quan su');
    expect(foldDiacritics('  THẠCH   Thất ')).toBe('thach that');
  });
});

describe('matchesQuery', () => {
  it('finds Vietnamese names from plain ASCII queries', () => {
    expect(matchesQuery('Thành phố Hải Phòng', 'hai phong')).toBe(true);
    expect(matchesQuery('Quận Dương Kinh', 'duong kinh')).toBe(true);
    expect(matchesQuery('Huyện Thạch Thất', 'thach that')).toBe(true);
    expect(matchesQuery('Tỉnh Bắc Giang', 'hai phong')).toBe(false);
  });
});

describe('foldWords', () => {
  it('keeps letters and digits, folded, between single spaces', () => {
    expect(foldWords('Diễn tập PCTT–TKCN năm 2019!')).toBe(' dien tap pctt tkcn nam 2019 ');
    expect(foldWords('  ĐẢNG ỦY  Quân sự, Thuỷ Nguyên ')).toBe(' dang uy quan su thuy nguyen ');
    expect(foldWords('2.550')).toBe(' 2 550 ');
    expect(foldWords('— ')).toBe(' ');
    expect(foldWords('')).toBe(' ');
  });

  it('agrees with foldDiacritics on Vietnamese letters', () => {
    const sample =
      'Ắ Ằ Ẳ Ẵ Ặ ấ ầ ẩ ẫ ậ é è ẻ ẽ ẹ ế ề ể ễ ệ í ì ỉ ĩ ị ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ đ Đ';
    expect(foldWords(sample).trim()).toBe(foldDiacritics(sample));
  });
});
