import { describe, expect, it } from 'vitest';
import { loadRealDataset } from '@/testing/real-dataset';
import { BoundaryError, MAX_BOUNDARY_BYTES, parseBoundaries } from './parse-boundaries';

const units = loadRealDataset().index.dataset.units;

/** A small square around a point: a stand-in for a real district outline. */
function square(lon: number, lat: number, size = 0.05) {
  return [
    [
      [lon - size, lat - size],
      [lon + size, lat - size],
      [lon + size, lat + size],
      [lon - size, lat + size],
      [lon - size, lat - size],
    ],
  ];
}

const districts = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { ten: 'Thạch Thất', ma_huyen: '00276' },
      geometry: { type: 'Polygon', coordinates: square(105.55, 21.05) },
    },
    {
      type: 'Feature',
      properties: { ten: 'Dương Kinh', ma_huyen: 309 },
      geometry: { type: 'MultiPolygon', coordinates: [square(106.68, 20.77, 0.03)] },
    },
    {
      type: 'Feature',
      properties: { ten: 'Huyện khác', ma_huyen: '999' },
      geometry: { type: 'Polygon', coordinates: square(105, 20) },
    },
    {
      type: 'Feature',
      properties: { ten: 'Trụ sở' },
      geometry: { type: 'Point', coordinates: [105, 21] },
    },
    { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[1, 2]]] } },
  ],
};

function expectBoundaryError(run: () => unknown, kind: BoundaryError['kind'], detail?: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BoundaryError);
    expect((error as BoundaryError).kind).toBe(kind);
    if (detail) expect((error as BoundaryError).detail).toMatch(detail);
    return;
  }
  throw new Error(`expected a ${kind} error`);
}

describe('parseBoundaries', () => {
  it('joins a GeoJSON file of districts on the property that holds the GSO codes', () => {
    const layer = parseBoundaries(JSON.stringify(districts), 'huyen.geojson', units);
    expect(layer.codeProperty).toBe('ma_huyen');
    expect(layer.features).toHaveLength(3);
    expect(layer.joined).toBe(2);
    expect(layer.skipped).toEqual([
      { index: 3, reason: 'Point is not an area' },
      { index: 4, reason: expect.any(String) },
    ]);
  });

  it('reads TopoJSON too', () => {
    const topology = {
      type: 'Topology',
      arcs: [
        [
          [105.5, 21.0],
          [105.6, 21.0],
          [105.6, 21.1],
          [105.5, 21.1],
          [105.5, 21.0],
        ],
      ],
      objects: {
        xa: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: '09961' } }],
        },
      },
    };
    const layer = parseBoundaries(JSON.stringify(topology), 'xa.topojson', units);
    expect(layer).toMatchObject({ codeProperty: 'code', joined: 1 });
    expect(layer.features[0]?.geometry.type).toBe('Polygon');
  });

  it('says what is wrong with a file it cannot use', () => {
    expectBoundaryError(() => parseBoundaries('{"type": "Feature', 'a.json', units), 'json');
    expectBoundaryError(
      () => parseBoundaries('{"type": "Feature"}', 'a.json', units),
      'not-geo',
      /Feature/,
    );
    expectBoundaryError(
      () => parseBoundaries('{"type":"FeatureCollection","features":[]}', 'a.json', units),
      'no-polygons',
    );
    const unjoinable = structuredClone(districts);
    for (const f of unjoinable.features) f.properties = { name: 'x' } as never;
    expectBoundaryError(
      () => parseBoundaries(JSON.stringify(unjoinable), 'a.json', units),
      'no-join',
      /name/,
    );
    expectBoundaryError(
      () => parseBoundaries(' '.repeat(MAX_BOUNDARY_BYTES + 1), 'big.json', units),
      'too-large',
    );
  });
});
