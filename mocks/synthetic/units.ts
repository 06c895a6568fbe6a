import type { Unit, UnitLevel } from '../../src/domain/schema/unit';
import provinceShapes from '../../public/geo/vn-provinces.topo.json';
import { pad, type Random } from './random';

/** Real province codes, names and label points, so synthetic units land on the map's shapes. */
const provincePlaces = provinceShapes.objects.provinces.geometries.map((g) => ({
  gso: g.properties.gso,
  nameVi: g.properties.nameVi,
  nameEn: g.properties.nameEn,
  lon: g.properties.label[0] as number,
  lat: g.properties.label[1] as number,
}));

const regions = [
  ['syn-qk1', 'Quân khu 1', 'Military Region 1'],
  ['syn-qk2', 'Quân khu 2', 'Military Region 2'],
  ['syn-qk3', 'Quân khu 3', 'Military Region 3'],
  ['syn-qk4', 'Quân khu 4', 'Military Region 4'],
  ['syn-qk5', 'Quân khu 5', 'Military Region 5'],
  ['syn-qk7', 'Quân khu 7', 'Military Region 7'],
  ['syn-qk9', 'Quân khu 9', 'Military Region 9'],
  ['syn-btl-thu-do', 'Bộ Tư lệnh Thủ đô', 'Capital Command'],
] as const;

/** Roughly where the military regions lie; close enough for load tests, not a map of them. */
function regionOf(gso: string, lat: number, lon: number): string {
  if (gso === '01') return 'syn-btl-thu-do';
  if (lat >= 21.3) return lon < 105.3 ? 'syn-qk2' : 'syn-qk1';
  if (lat >= 20.2) return 'syn-qk3';
  if (lat >= 17) return 'syn-qk4';
  if (lat >= 12) return 'syn-qk5';
  return lon >= 106.3 ? 'syn-qk7' : 'syn-qk9';
}

export interface SyntheticUnits {
  units: Unit[];
  /** Reporting units by level, and the children of each, for drawing facts about them. */
  byLevel: Record<'province' | 'district' | 'commune', Unit[]>;
  childrenOf: Map<string, Unit[]>;
}

const base = { aliases: [], predecessorIds: [], successorIds: [] };

export function syntheticUnits(
  random: Random,
  provinces: number,
  districtsPerProvince: number,
  communesPerDistrict: number,
): SyntheticUnits {
  const units: Unit[] = [
    {
      ...base,
      id: 'syn-vn',
      name: { vi: 'Giả lập: toàn quốc', en: 'Synthetic: country' },
      level: 'national',
      type: 'country',
      parentId: null,
    },
    ...regions.map(([id, vi, en]) => ({
      ...base,
      id,
      name: { vi: `Giả lập: ${vi}`, en: `Synthetic: ${en}` },
      level: 'military-region' as const,
      type: id === 'syn-btl-thu-do' ? ('capital-command' as const) : ('military-region' as const),
      body: 'military-region-command' as const,
      parentId: 'syn-vn',
    })),
  ];
  const byLevel: SyntheticUnits['byLevel'] = { province: [], district: [], commune: [] };
  const childrenOf = new Map<string, Unit[]>();
  const add = (unit: Unit, level: 'province' | 'district' | 'commune') => {
    units.push(unit);
    byLevel[level].push(unit);
    const siblings = childrenOf.get(unit.parentId ?? '');
    if (siblings) siblings.push(unit);
    else childrenOf.set(unit.parentId ?? '', [unit]);
  };
  const centre = (lat: number, lon: number, spread: number) => ({
    lat: lat + (random.next() - 0.5) * spread,
    lon: lon + (random.next() - 0.5) * spread,
    source: 'synthetic',
    approximate: true,
  });

  for (let p = 1; p <= provinces; p++) {
    const place = provincePlaces[(p - 1) % provincePlaces.length]!;
    const real = p <= provincePlaces.length;
    const provinceId = `syn-p${pad(p)}`;
    const regionId = regionOf(place.gso, place.lat, place.lon);
    add(
      {
        ...base,
        id: provinceId,
        name: {
          vi: `Giả lập: ${real ? place.nameVi : `tỉnh ${pad(p)}`}`,
          en: `Synthetic: ${real ? place.nameEn : `province ${pad(p)}`}`,
        },
        level: 'province',
        type: 'province',
        parentId: regionId,
        militaryRegionId: regionId,
        // The first 63 take the real codes so the map fills their shapes.
        ...(real ? { adminCode: place.gso } : {}),
        center: { lat: place.lat, lon: place.lon, source: 'synthetic', approximate: true },
      },
      'province',
    );
    for (let d = 1; d <= districtsPerProvince; d++) {
      const districtId = `${provinceId}-d${pad(d)}`;
      const districtCentre = centre(place.lat, place.lon, 0.4);
      add(
        {
          ...base,
          id: districtId,
          name: {
            vi: `Giả lập: huyện ${pad(p)}.${pad(d)}`,
            en: `Synthetic: district ${pad(p)}.${pad(d)}`,
          },
          level: 'district',
          type: d === 1 ? 'provincial-city' : 'rural-district',
          parentId: provinceId,
          center: districtCentre,
        },
        'district',
      );
      for (let c = 1; c <= communesPerDistrict; c++) {
        add(
          {
            ...base,
            id: `${districtId}-c${pad(c)}`,
            name: {
              vi: `Giả lập: xã ${pad(p)}.${pad(d)}.${pad(c)}`,
              en: `Synthetic: commune ${pad(p)}.${pad(d)}.${pad(c)}`,
            },
            level: 'commune',
            type: d === 1 ? 'ward' : 'commune',
            parentId: districtId,
            center: centre(districtCentre.lat, districtCentre.lon, 0.08),
          },
          'commune',
        );
      }
    }
  }
  return { units, byLevel, childrenOf };
}

/** How big a unit's figures run: a province enlists thousands, a commune a handful. */
export const scaleOf: Record<UnitLevel, number> = {
  national: 100,
  'military-region': 30,
  province: 10,
  district: 1,
  commune: 0.1,
};
