import { describe, expect, it } from 'vitest';
import { formatAxisNumber, formatDate, formatNumber, formatPercent, formatVnd } from './format';

describe('formatting in vi-VN conventions', () => {
  it('groups thousands with dots in Vietnamese and commas in English', () => {
    expect(formatNumber(2550, 'vi')).toBe('2.550');
    expect(formatNumber(1925, 'en')).toBe('1,925');
    expect(formatNumber(1.5, 'vi')).toBe('1,5');
  });

  it('writes dates day first', () => {
    expect(formatDate('2024-04-03', 'vi')).toBe('03/04/2024');
    expect(formatDate('2024-06-28T16:13:00', 'en')).toBe('28/06/2024');
  });

  it('writes money as the reports do', () => {
    expect(formatVnd(20_000_000_000, 'vi')).toBe('20 tỷ đồng');
    expect(formatVnd(1_500_000_000, 'vi')).toBe('1,5 tỷ đồng');
    expect(formatVnd(300_000_000, 'en')).toBe('VND 300 million');
    expect(formatPercent(100, 'vi')).toBe('100%');
  });

  it('shortens axis labels from ten thousand, and keeps smaller ones in full', () => {
    expect(formatAxisNumber(2550, 'vi')).toBe('2.550');
    expect(formatAxisNumber(80_000, 'vi')).toBe('80\u00a0N');
    expect(formatAxisNumber(1_250_000, 'vi')).toBe('1,3\u00a0Tr');
    expect(formatAxisNumber(80_000, 'en')).toBe('80k');
    expect(formatAxisNumber(9_999, 'en')).toBe('9,999');
  });
});
