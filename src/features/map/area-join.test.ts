import { describe, expect, it } from 'vitest';
import { filterReports, emptyFilter } from '@/domain/report-filter';
import { selectFacts } from '@/domain/aggregate/fact-selection';
import { unitValues } from '@/domain/aggregate/map-values';
import { loadRealDataset } from '@/testing/real-dataset';
import {
  normaliseCode,
  type AreaShading,
  joinAreas,
  shadeJoinedAreas,
  unitsByCode,
} from './area-join';

const { index } = loadRealDataset();
const units = index.dataset.units;
const provinceScope = {
  levels: ['province'],
  validFrom: '2008-08-01',
  validTo: '2025-06-30',
} as const;

describe('normaliseCode', () => {
  it('reads codes written as numbers, strings or zero-padded', () => {
    expect(normaliseCode(276)).toBe('276');
    expect(normaliseCode(' 00276 ')).toBe('276');
    expect(normaliseCode('09961')).toBe('9961');
    expect(normaliseCode('0')).toBe('0');
    expect(normaliseCode('VN-HN')).toBeNull();
    expect(normaliseCode(null)).toBeNull();
  });
});

describe('unitsByCode', () => {
  it('joins the 2008–2025 province shapes to the provinces of that time, not to their 2025 successors', () => {
    const byCode = unitsByCode(units, provinceScope);
    expect(byCode.get('31')?.id).toBe('hai-phong');
    expect(byCode.get('24')?.id).toBe('bac-giang');
    expect(byCode.get('1')?.id).toBe('ha-noi');
    expect([...byCode.values()].map((u) => u.id)).not.toContain('hai-phong-2025');
    expect([...byCode.values()].map((u) => u.id)).not.toContain('ha-tay');
  });

  it('joins district shapes to districts only', () => {
    const byCode = unitsByCode(units, { levels: ['district'] });
    expect(byCode.get('276')?.name.vi).toBe('Huyện Thạch Thất');
    expect(byCode.get('309')?.id).toBe('duong-kinh');
    expect(byCode.get('31')).toBeUndefined();
  });
});

const byCodeOf = (shading: AreaShading) => new Map(shading.shades.map((s) => [s.code, s]));

describe('joinAreas and shadeJoinedAreas', () => {
  const reports = filterReports(index, emptyFilter);
  const facts = selectFacts(index, emptyFilter, reports);
  const byCode = unitsByCode(units, provinceScope);

  it('fills the provinces that reported a figure, and leaves the others as "no data", not zero', () => {
    const values = unitValues(reports, facts, 'enlisted');
    const shading = shadeJoinedAreas(joinAreas(['01', '31', '24', '22'], byCode), values);
    const { breaks } = shading;
    const shades = byCodeOf(shading);
    expect(shades.get('31')?.value?.value).toBe(2550);
    expect(shades.get('31')?.colourClass).toBe(breaks.length - 1);
    expect(shades.get('22')?.unit).toBeUndefined();
    expect(shades.get('22')?.colourClass).toBeNull();
    expect(shades.get('24')?.unit?.id).toBe('bac-giang');
  });

  it('counts each province’s own reports on the reports layer', () => {
    const values = unitValues(reports, facts, 'reports');
    const joined = joinAreas(['01', '31', '24'], byCode);
    const shading = shadeJoinedAreas(joined, values);
    const shades = byCodeOf(shading);
    expect(shades.get('31')?.value?.value).toBe(2);
    expect(shades.get('24')?.value?.value).toBe(1);
    // Hà Nội held no conference of its own in the data: its district Thạch Thất did.
    expect(shades.get('1')?.value).toBeUndefined();
    expect(joined.map((area) => area.unit?.id).sort()).toEqual([
      'bac-giang',
      'ha-noi',
      'hai-phong',
    ]);
  });
});
