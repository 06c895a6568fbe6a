import { describe, expect, it } from 'vitest';
import { cleanText, type Paragraph } from './clean';
import { testUnits } from './test-units';
import { buildUnitMatcher, findMentions, pickUnit, related } from './units';

const matcher = buildUnitMatcher(testUnits);
const one = (text: string) => cleanText(text, 1e6).paragraphs[0] as Paragraph;
const names = (text: string, caseless = false) => {
  const p = one(text);
  return findMentions(matcher, p, caseless).map((m) => [p.text.slice(m.start, m.end), m.unitIds]);
};

describe('findMentions', () => {
  it('matches names and aliases whatever the diacritics and case of a type word', () => {
    expect(names('UBND huyện Hải Hậu và HUYỆN Ý YÊN')).toEqual([
      ['huyện Hải Hậu', ['hai-hau']],
      ['HUYỆN Ý YÊN', ['y-yen']],
    ]);
    expect(names('Ban CHQS huyen Hai Hau')).toEqual([['huyen Hai Hau', ['hai-hau']]]);
    expect(names('các xã Hải Minh, Hải Đông')).toEqual([
      ['xã Hải Minh', ['hai-minh']],
      ['Hải Đông', ['hai-dong']],
    ]);
  });

  it('takes the longest name: the city, not the province, in "Thành phố Nam Định"', () => {
    expect(names('Thành phố Nam Định')).toEqual([['Thành phố Nam Định', ['tp-nam-dinh']]]);
    expect(names('tỉnh Nam Định')).toEqual([['tỉnh Nam Định', ['nam-dinh']]]);
    expect(names('Nam Định')).toEqual([['Nam Định', ['nam-dinh', 'tp-nam-dinh']]]);
  });

  it('wants a bare name in capitals, unless a type word stands before it or the text has none', () => {
    expect(names('quân và dân lộc hạ')).toEqual([]);
    expect(names('phường lộc hạ')).toEqual([['phường lộc hạ', ['loc-ha']]]);
    expect(names('quân và dân lộc hạ', true)).toEqual([['lộc hạ', ['loc-ha']]]);
  });

  it('does not join words across a comma', () => {
    expect(names('xã Hải, Minh Châu')).toEqual([]);
  });

  it('matches short aliases only in capitals', () => {
    expect(names('Bộ CHQS tỉnh NĐ')).toEqual([['NĐ', ['nam-dinh']]]);
    expect(names('nđ')).toEqual([]);
  });

  it('gives the level of the type word before a name, and to a list after it', () => {
    const p = one('các huyện Hải Hậu, Ý Yên và xã Yên Trị');
    expect(findMentions(matcher, p, false).map((m) => m.levelHint)).toEqual([
      ['district'],
      ['district'],
      ['commune'],
    ]);
  });
});

describe('pickUnit', () => {
  it('chooses by level, by the day, and by nearness to the reporting unit', () => {
    const both = ['nam-dinh', 'tp-nam-dinh'];
    expect(pickUnit(matcher, both, { levels: ['province'] })).toBe('nam-dinh');
    expect(pickUnit(matcher, both, { levels: ['district'] })).toBe('tp-nam-dinh');
    const mentions = ['my-loc', 'my-loc-2025'];
    expect(pickUnit(matcher, mentions, { date: '2023-05-01' })).toBe('my-loc');
    expect(pickUnit(matcher, mentions, { date: '2025-05-01' })).toBe('my-loc-2025');
    expect(related(matcher, 'hai-minh', 'y-yen')).toBe(true);
    expect(related(matcher, 'hai-minh', 'qk3')).toBe(true);
  });
});
