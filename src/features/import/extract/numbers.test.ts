import { describe, expect, it } from 'vitest';
import { foldSameLength } from './clean';
import { findMoney, parseNumber, qualifierOf } from './numbers';

describe('parseNumber', () => {
  it('reads Vietnamese thousands and decimals', () => {
    expect(parseNumber('2.550')).toBe(2550);
    expect(parseNumber('1.925')).toBe(1925);
    expect(parseNumber('12.345.678')).toBe(12345678);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('2.500,75')).toBe(2500.75);
    expect(parseNumber('01')).toBe(1);
    expect(parseNumber('08')).toBe(8);
  });

  it('reads an English decimal and English thousands with two groups', () => {
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('1,234,567')).toBe(1234567);
  });

  it('is NaN for what is not a number', () => {
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('1..2')).toBeNaN();
  });
});

describe('findMoney', () => {
  const money = (text: string) =>
    findMoney(foldSameLength(text)).map((m) => [m.value, m.qualifier, text.slice(m.start, m.end)]);

  it('reads amounts with scale words and qualifiers', () => {
    expect(money('quyên góp gần 3 tỷ đồng cho quỹ')).toEqual([[3e9, 'nearly', 'gần 3 tỷ đồng']]);
    expect(money('hỗ trợ hơn 450 triệu đồng')).toEqual([[450e6, 'over', 'hơn 450 triệu đồng']]);
    expect(money('trên 1,5 tỷ đồng')).toEqual([[1.5e9, 'over', 'trên 1,5 tỷ đồng']]);
    expect(money('khoảng 2 tỉ')).toEqual([[2e9, 'about', 'khoảng 2 tỉ']]);
    expect(money('1 tỷ 200 triệu đồng')).toEqual([[1.2e9, 'exact', '1 tỷ 200 triệu đồng']]);
    expect(money('trao 500.000.000 VNĐ')).toEqual([[5e8, 'exact', '500.000.000 VNĐ']]);
  });

  it('does not take counts for money', () => {
    expect(money('hơn 3 triệu người dân')).toEqual([]);
    expect(money('12 nhà tình nghĩa, 20 tập thể')).toEqual([]);
    expect(money('cử 38 đồng chí, 2.000 đồng bào')).toEqual([]);
    expect(money('tặng 300 đồng')).toEqual([]);
  });

  it('maps qualifier words', () => {
    expect(qualifierOf('gan')).toBe('nearly');
    expect(qualifierOf('tren')).toBe('over');
    expect(qualifierOf('xap xi')).toBe('about');
    expect(qualifierOf(undefined)).toBe('exact');
  });
});
