import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectFacts } from '@/domain/aggregate/fact-selection';
import { unitValues, type MapLayer } from '@/domain/aggregate/map-values';
import { emptyFilter, filterReports } from '@/domain/report-filter';
import { loadRealDataset } from '@/testing/real-dataset';
import { parseBoundaries } from './boundaries/parse-boundaries';
import { readProvinceTopology, type ProvinceTopology } from './geodata/provinces';
import { buildMapModel, mapGeography } from './map-model';

const { index } = loadRealDataset();
const units = index.dataset.units;
const reports = filterReports(index, emptyFilter);
const facts = selectFacts(index, emptyFilter, reports);
const { provinces } = readProvinceTopology(
  JSON.parse(
    readFileSync(resolve(process.cwd(), 'public/geo/vn-provinces.topo.json'), 'utf8'),
  ) as ProvinceTopology,
);
const model = (layer: MapLayer, boundaries = null as ReturnType<typeof parseBoundaries> | null) =>
  buildMapModel(mapGeography(units, provinces, boundaries), unitValues(reports, facts, layer));

describe('buildMapModel on the five reports', () => {
  it('fills Hải Phòng with its 2.550 enlisted and leaves the other 62 provinces without data', () => {
    const { provinces: areas } = model('enlisted');
    expect(areas).toHaveLength(63);
    const filled = areas.filter((a) => a.shade.value);
    expect(filled.map((a) => [a.feature.properties.nameVi, a.shade.value?.value])).toEqual([
      ['Hải Phòng', 2550],
    ]);
    expect(areas.filter((a) => a.shade.colourClass === null)).toHaveLength(62);
  });

  it('draws districts and communes as circles, and lists every unit with a figure, largest first', () => {
    const { symbols, entries } = model('exercises');
    const drawn = symbols.filter((s) => s.value).map((s) => s.unit.id);
    expect(drawn).toEqual(
      expect.arrayContaining(['thuy-nguyen', 'cat-hai', 'an-lao', 'hai-an', 'anh-dung', 'cam-yen']),
    );
    expect(entries[0]).toMatchObject({ value: { value: 3 } });
    expect(entries.find((e) => e.unit.id === 'hai-phong')?.drawnAs).toBe('area');
    expect(entries.find((e) => e.unit.id === 'canh-nau')?.drawnAs).toBe('symbol');
    expect(entries).toHaveLength(14);
  });

  it('draws one circle per place for units without a figure, as they were in 2008–2025', () => {
    const ids = model('enlisted').symbols.map((s) => s.unit.id);
    expect(ids).toContain('thuy-nguyen');
    expect(ids).not.toContain('thuy-nguyen-city');
    expect(ids).not.toContain('thach-that-ha-tay');
    expect(ids).not.toContain('hai-phong');
  });

  it('fills the districts of a loaded boundary file instead of drawing their circles', () => {
    const file = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { ma: '276' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [105.5, 21],
                [105.6, 21],
                [105.6, 21.1],
                [105.5, 21],
              ],
            ],
          },
        },
      ],
    };
    const boundaries = parseBoundaries(JSON.stringify(file), 'huyen.geojson', units);
    const { boundaries: areas, symbols, entries } = model('quota', boundaries);
    expect(areas[0]?.shade.unit?.id).toBe('thach-that');
    expect(areas[0]?.shade.value?.value).toBe(100);
    expect(symbols.map((s) => s.unit.id)).not.toContain('thach-that');
    expect(entries.find((e) => e.unit.id === 'thach-that')?.drawnAs).toBe('area');
  });
});
