import { describe, expect, it } from 'vitest';
import { glossary } from './glossary-entries';
import {
  filterGlossary,
  glossaryAlphabetical,
  glossaryEntry,
  splitAbbreviations,
} from './glossary';

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

  it('explains the education target groups, by their Vietnamese and English names', () => {
    const vi = splitAbbreviations('Đối tượng 2 · Người được bồi dưỡng').find((p) => p.entry);
    expect(vi?.text).toBe('Đối tượng 2');
    expect(vi?.entry?.targetGroup).toBe('group-2');
    const en = splitAbbreviations('Target group 4 · People trained').find((p) => p.entry);
    expect(en?.entry?.abbr).toBe('Đối tượng 4');
    expect(splitAbbreviations('Đối tượng 12').some((p) => p.entry)).toBe(false);
  });
});

describe('the glossary entries', () => {
  it('gives the main military terms a meaning in both languages', () => {
    for (const abbr of ['SSCĐ', 'KVPT', 'PCTT-TKCN', 'DQTV', 'CHQS', 'QPĐP', 'VMTD', 'CH-CQ']) {
      const meaning = glossaryEntry(abbr)?.meaning;
      expect(meaning?.vi.length, abbr).toBeGreaterThan(40);
      expect(meaning?.en.length, abbr).toBeGreaterThan(40);
    }
    for (const abbr of ['LLVT', 'QSQP', 'Đối tượng 1', 'Đối tượng 4'])
      expect(glossaryEntry(abbr)?.meaning?.en, abbr).toBeTruthy();
  });

  it('lists each abbreviation once, in Vietnamese alphabetical order', () => {
    const abbrs = glossaryAlphabetical.map((e) => e.abbr);
    expect(new Set(abbrs).size).toBe(glossary.length);
    expect(abbrs.indexOf('DQTV')).toBeLessThan(abbrs.indexOf('Đối tượng 1'));
    expect(abbrs.indexOf('Đối tượng 4')).toBeLessThan(abbrs.indexOf('GDNN-GDTX'));
  });
});

describe('filterGlossary', () => {
  const abbrs = (query: string) => filterGlossary(glossaryAlphabetical, query).map((e) => e.abbr);

  it('matches abbreviations and both expansions, ignoring case and diacritics', () => {
    expect(abbrs('pctt')).toEqual(['PCTT', 'PCTT-TKCN']);
    expect(abbrs('dan quan')).toContain('DQTV');
    expect(abbrs('thiên tai')).toEqual(['PCTT', 'PCTT-TKCN']);
    expect(abbrs('search and rescue')).toEqual(['PCTT-TKCN', 'TKCN']);
    expect(abbrs('doi tuong 3')).toEqual(['Đối tượng 3']);
    expect(abbrs('target group')).toHaveLength(4);
  });

  it('keeps everything for an empty filter and nothing for nonsense', () => {
    expect(abbrs('  ')).toHaveLength(glossary.length);
    expect(abbrs('xqzvwk')).toEqual([]);
  });
});
