import { describe, expect, it } from 'vitest';
import { glossaryEntry, splitAbbreviations } from './glossary';

describe('splitAbbreviations', () => {
  it('finds abbreviations inside Vietnamese text, longest first', () => {
    const pieces = splitAbbreviations('Chuẩn bị diễn tập PCTT-TKCN và KVPT, trực SSCĐ.');
    expect(pieces.filter((p) => p.entry).map((p) => p.entry?.abbr)).toEqual([
      'PCTT-TKCN',
      'KVPT',
      'SSCĐ',
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(
      'Chuẩn bị diễn tập PCTT-TKCN và KVPT, trực SSCĐ.',
    );
  });

  it('accepts the spaced dash the articles use', () => {
    const pieces = splitAbbreviations('diễn tập PCTT – TKCN năm 2019');
    expect(pieces.find((p) => p.entry)?.entry?.abbr).toBe('PCTT-TKCN');
  });

  it('does not match inside longer words', () => {
    expect(splitAbbreviations('TPHCM').some((p) => p.entry)).toBe(false);
  });

  it('explains every abbreviation the brief names, in both languages', () => {
    for (const abbr of [
      'SSCĐ',
      'LLVT',
      'KVPT',
      'PCTT-TKCN',
      'DQTV',
      'CHQS',
      'QPĐP',
      'QSQP',
      'VMTD',
      'CH-CQ',
      'HĐND',
      'UBND',
    ]) {
      const entry = glossaryEntry(abbr);
      expect(entry?.expansion.vi, abbr).toBeTruthy();
      expect(entry?.expansion.en, abbr).toBeTruthy();
    }
  });
});
