import { describe, expect, it } from 'vitest';
import { loadRealDataset } from '@/testing/real-dataset';
import { glossaryEntry } from './glossary';
import { glossaryUsage, forEachText } from './glossary-usage';

const { index, raw } = loadRealDataset();

describe('glossaryUsage on the five seed reports', () => {
  const usage = glossaryUsage(index);

  it('counts the reports whose texts use each entry', () => {
    expect(usage.get('LLVT')).toBe(5);
    expect(usage.get('PCTT-TKCN')).toBe(2);
    expect(usage.get('CH-CQ')).toBe(1);
    expect(usage.get('QS-QP')).toBe(1); // in the Thạch Thất article's headline
    expect(usage.get('BTV')).toBeUndefined();
  });

  it('credits the parts of a compound, once per report', () => {
    expect(usage.get('PCTT')).toBe(usage.get('PCTT-TKCN'));
    expect(usage.get('QPĐP')).toBeGreaterThanOrEqual(usage.get('QS-QPĐP') ?? 0);
  });

  it('counts a target group where a report has figures for it', () => {
    expect(usage.get('Đối tượng 2')).toBe(1); // Dương Kinh 2019
    expect(usage.get('Đối tượng 4')).toBe(1);
    expect(usage.get('Đối tượng 1')).toBeUndefined();
  });
});

/** Upper-case words that are not abbreviations, each with why. */
const notAbbreviations = new Map([
  ['II', 'Roman numeral'],
  ['III', 'Roman numeral'],
  ['IV', 'Roman numeral'],
  ['VI', 'Roman numeral'],
  ['VII', 'Roman numeral'],
  ['VIII', 'Roman numeral'],
  ['IX', 'Roman numeral'],
  ['XI', 'Roman numeral'],
  ['XII', 'Roman numeral'],
  ['XIII', 'Roman numeral'],
]);

// Two or more capitals, joined by dashes, with a number after a dash (COVID-19); not inside a word.
const abbreviation =
  /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:\s?[-–]\s?\p{Lu}{2,})*(?:[-–]\d+)?(?![\p{L}\p{N}])/gu;

describe('the glossary covers the dataset', () => {
  it('explains every abbreviation written anywhere in the data', () => {
    const unexplained = new Map<string, string>();
    forEachText(raw, (text, key) => {
      // Unit aliases are the short names people type into search; the unit names them in full.
      if (key === 'aliases') return;
      // A unit centre's source is a citation: it names gazetteer records in their own codes
      // (GeoNames feature codes such as PPLA, each followed by its meaning) and licences (CC BY).
      if (key === 'source') return;
      for (const [token] of text.matchAll(abbreviation)) {
        const abbr = token.replace(/\s*[-–]\s*/g, '-');
        if (!glossaryEntry(abbr) && !notAbbreviations.has(abbr))
          unexplained.set(abbr, text.slice(0, 80));
      }
    });
    expect(Object.fromEntries(unexplained)).toEqual({});
  });

  it('finds what it should: the scan sees compounds and numbered names whole', () => {
    const found = [
      ...'Diễn tập PCTT – TKCN, phòng COVID-19, QK1, TPHCM, SSCĐ.'.matchAll(abbreviation),
    ];
    expect(found.map(([t]) => t)).toEqual(['PCTT – TKCN', 'COVID-19', 'TPHCM', 'SSCĐ']);
  });
});
