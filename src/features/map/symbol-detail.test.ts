import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@mocks/synthetic/dataset';
import { selectFacts } from '@/domain/aggregate/fact-selection';
import { unitValues } from '@/domain/aggregate/map-values';
import { indexDataset, type DatasetIndex } from '@/domain/dataset-index';
import { emptyFilter, filterReports } from '@/domain/report-filter';
import { loadRealDataset } from '@/testing/real-dataset';
import { bboxContains, type BBox } from './geodata/geometry';
import { buildMapModel, mapGeography, type PlacedUnit } from './map-model';
import { symbolsInDetail } from './symbol-detail';

function symbolsOf(index: DatasetIndex): PlacedUnit[] {
  const reports = filterReports(index, emptyFilter);
  const facts = selectFacts(index, emptyFilter, reports);
  return buildMapModel(
    mapGeography(index.dataset.units, [], null),
    unitValues(reports, facts, 'exercises'),
  ).symbols;
}

const vietnam: BBox = [102, 8.5, 110, 23.4];

describe('symbolsInDetail on the five reports', () => {
  it('draws every circle, with or without a figure, at the country view', () => {
    const symbols = symbolsOf(loadRealDataset().index);
    const { shown, hiddenWithFigure } = symbolsInDetail(
      symbols,
      { zoom: 5, bounds: vietnam },
      new Set(),
    );
    expect(shown).toEqual(symbols);
    expect(shown.some((s) => !s.value)).toBe(true);
    expect(hiddenWithFigure).toBe(0);
  });
});

describe('symbolsInDetail on a national synthetic dataset', () => {
  const index = indexDataset(generateSyntheticDataset({ reports: 3000, seed: 4 }));
  const symbols = symbolsOf(index);
  const level = (s: PlacedUnit) => s.unit.level;
  const local = (s: PlacedUnit) => level(s) === 'district' || level(s) === 'commune';
  const province = index.units.byId.get('syn-p20')!.center!;
  const around: BBox = [
    province.lon - 0.4,
    province.lat - 0.4,
    province.lon + 0.4,
    province.lat + 0.4,
  ];
  const inside = (s: PlacedUnit) => bboxContains(around, [s.lon, s.lat]);

  it('keeps district and commune circles for a closer zoom at the country view, and counts them', () => {
    expect(symbols.filter(local).length).toBeGreaterThan(2000);
    const { shown, hiddenWithFigure } = symbolsInDetail(
      symbols,
      { zoom: 5, bounds: vietnam },
      new Set(),
    );
    expect(shown.filter(local)).toEqual([]);
    expect(hiddenWithFigure).toBe(symbols.filter((s) => local(s) && s.value).length);
    expect(hiddenWithFigure).toBeGreaterThan(0);
  });

  it("draws a province's districts and communes with figures at its zoom, empty communes closer", () => {
    const at = (zoom: number) =>
      symbolsInDetail(symbols, { zoom, bounds: around }, new Set()).shown;
    const nine = at(9);
    const near = symbols.filter((s) => local(s) && inside(s));
    expect(nine).toEqual(expect.arrayContaining(near.filter((s) => s.value)));
    expect(nine).toEqual(
      expect.arrayContaining(near.filter((s) => !s.value && level(s) === 'district')),
    );
    expect(nine.filter((s) => !s.value && level(s) === 'commune')).toEqual([]);
    const emptyCommunes = near.filter((s) => !s.value && level(s) === 'commune');
    expect(emptyCommunes.length).toBeGreaterThan(0);
    expect(at(10)).toEqual(expect.arrayContaining(emptyCommunes));
  });

  it('draws a selected commune at any zoom, and no other district or commune far outside a close view', () => {
    const commune = symbols.find((s) => level(s) === 'commune')!;
    expect(
      symbolsInDetail(symbols, { zoom: 5, bounds: vietnam }, new Set([commune.unit.id]))
        .shown.filter(local)
        .map((s) => s.unit.id),
    ).toEqual([commune.unit.id]);
    const sea: BBox = [111, 11, 111.2, 11.2];
    expect(
      symbolsInDetail(symbols, { zoom: 11, bounds: sea }, new Set()).shown.filter(local),
    ).toEqual([]);
  });
});
