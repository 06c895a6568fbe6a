import { describe, expect, it } from 'vitest';
import { selectFacts } from '@/domain/aggregate/fact-selection';
import { unitValues } from '@/domain/aggregate/map-values';
import { emptyFilter, filterReports } from '@/domain/report-filter';
import { loadRealDataset } from '@/testing/real-dataset';
import type { BBox } from './geodata/geometry';
import { buildMapModel } from './map-model';
import { symbolsInDetail } from './symbol-detail';

const { index } = loadRealDataset();
const reports = filterReports(index, emptyFilter);
const facts = selectFacts(index, emptyFilter, reports);
const { symbols } = buildMapModel(
  index.dataset.units,
  unitValues(reports, facts, 'exercises'),
  [],
  null,
);
const level = (id: string) => index.units.byId.get(id)?.level;
const vietnam: BBox = [102, 8.5, 110, 23.4];
const haiPhong: BBox = [106.4, 20.6, 107.1, 21.0];
const withFigure = symbols.filter((s) => s.value);

describe('symbolsInDetail', () => {
  it('keeps district and commune circles for a closer zoom at the country view, and counts them', () => {
    expect(withFigure.length).toBeGreaterThan(0);
    const { shown, hiddenWithFigure } = symbolsInDetail(
      symbols,
      { zoom: 5, bounds: vietnam },
      new Set(),
    );
    expect(shown.filter((s) => level(s.unit.id) !== 'province')).toEqual([]);
    expect(hiddenWithFigure).toBe(withFigure.filter((s) => level(s.unit.id) !== 'province').length);
  });

  it("draws Hải Phòng's districts and communes with exercises over the city", () => {
    const { shown, hiddenWithFigure } = symbolsInDetail(
      symbols,
      { zoom: 9, bounds: haiPhong },
      new Set(),
    );
    const ids = shown.map((s) => s.unit.id);
    expect(ids).toEqual(
      expect.arrayContaining(['thuy-nguyen', 'cat-hai', 'an-lao', 'hai-an', 'anh-dung']),
    );
    expect(hiddenWithFigure).toBe(0);
  });

  it('draws the empty circles of Trường Sa district at a district zoom, of Sinh Tồn commune closer', () => {
    const around: BBox = [112.8, 7.8, 114, 8.8];
    const ids = (zoom: number) =>
      symbolsInDetail(symbols, { zoom, bounds: around }, new Set()).shown.map((s) => s.unit.id);
    expect(ids(7)).not.toContain('truong-sa');
    expect(ids(9)).toContain('truong-sa');
    expect(ids(9)).not.toContain('sinh-ton');
    expect(ids(10)).toEqual(expect.arrayContaining(['truong-sa', 'sinh-ton']));
  });

  it('draws a selected unit at any zoom, and no other district or commune far outside a close view', () => {
    const commune = withFigure.find((s) => level(s.unit.id) === 'commune')!;
    const far: BBox = [108, 11, 108.2, 11.2];
    const { shown } = symbolsInDetail(
      symbols,
      { zoom: 11, bounds: far },
      new Set([commune.unit.id]),
    );
    const local = shown.filter((s) => level(s.unit.id) !== 'province');
    expect(local.map((s) => s.unit.id)).toEqual([commune.unit.id]);
  });
});
