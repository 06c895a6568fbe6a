import { describe, expect, it } from 'vitest';
import { foldDiacritics, matchesQuery } from './text';

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
