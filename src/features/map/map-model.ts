import type { UnitValue } from '@/domain/aggregate/map-values';
import type { Unit } from '@/domain/schema/unit';
import {
  joinAreas,
  shadeJoinedAreas,
  unitsByCode,
  type AreaJoin,
  type AreaShade,
} from './area-join';
import type { BoundaryLayer } from './boundaries/parse-boundaries';
import type { AreaFeature, AreaGeometry } from './geodata/geometry';
import { PROVINCE_LAYER_VALIDITY, type ProvinceProperties } from './geodata/provinces';
import { compareCodes } from '@/domain/text';

export interface ShadedArea<P> {
  feature: AreaFeature<P> & { geometry: AreaGeometry };
  shade: AreaShade;
}

export interface PlacedUnit {
  unit: Unit;
  lat: number;
  lon: number;
  value: UnitValue | undefined;
}

/** One line of the list beside the map: a unit with a figure, however it is drawn. */
export interface MapEntry {
  unit: Unit;
  value: UnitValue;
  drawnAs: 'area' | 'symbol' | 'nowhere';
}

export interface MapModel {
  provinces: ShadedArea<ProvinceProperties>[];
  provinceBreaks: number[];
  boundaries: ShadedArea<Record<string, unknown>>[];
  boundaryBreaks: number[];
  symbols: PlacedUnit[];
  symbolMax: number;
  entries: MapEntry[];
}

const withGeometry = <P>(f: AreaFeature<P>): f is AreaFeature<P> & { geometry: AreaGeometry } =>
  f.geometry !== null;

function existedThen(unit: Unit): boolean {
  const { validFrom, validTo } = PROVINCE_LAYER_VALIDITY;
  return (
    (!unit.validTo || unit.validTo >= validFrom) && (!unit.validFrom || unit.validFrom <= validTo)
  );
}

export interface MapGeography {
  provinceFeatures: (AreaFeature<ProvinceProperties> & { geometry: AreaGeometry })[];
  provinceJoin: AreaJoin[];
  boundaryFeatures: BoundaryLayer['features'];
  boundaryJoin: AreaJoin[];
  unitsById: ReadonlyMap<string, Unit>;
  /** Units drawn as shapes, so they are not also drawn as circles. */
  shadedIds: ReadonlySet<string>;
  /** Units that may stand on the map as a circle, and whether they do without a figure. */
  circles: { unit: Unit; center: { lat: number; lon: number }; withoutFigure: boolean }[];
  circleIds: ReadonlySet<string>;
}

/**
 * What the map's shapes and circles stand for, whatever the filter: joining a boundary file
 * and placing thousands of units took a few ms, and a filter change changes only the figures.
 */
export function mapGeography(
  units: readonly Unit[],
  provinces: readonly AreaFeature<ProvinceProperties>[],
  boundaries: BoundaryLayer | null,
): MapGeography {
  const provinceFeatures = provinces.filter(withGeometry);
  const provinceJoin = joinAreas(
    provinceFeatures.map((f) => f.properties.gso),
    unitsByCode(units, { levels: ['province'], ...PROVINCE_LAYER_VALIDITY }),
  );
  const boundaryFeatures = boundaries?.features ?? [];
  const boundaryJoin = joinAreas(
    boundaryFeatures.map((f) => String(f.properties[boundaries!.codeProperty] ?? '')),
    unitsByCode(units, { levels: ['district', 'commune'] }),
  );
  const shadedIds = new Set<string>();
  for (const area of [...provinceJoin, ...boundaryJoin]) if (area.unit) shadedIds.add(area.unit.id);

  const unitsById = new Map(units.map((u) => [u.id, u]));
  const circles = units.flatMap((unit): MapGeography['circles'] => {
    if (!unit.center || shadedIds.has(unit.id)) return [];
    const local = unit.level === 'district' || unit.level === 'commune';
    if (!local && unit.level !== 'province') return [];
    // Without a figure, one circle per place: a renamed or upgraded unit's predecessor stands for it.
    const renamed = unit.predecessorIds.some((id) => {
      const predecessor = unitsById.get(id);
      return predecessor !== undefined && existedThen(predecessor);
    });
    return [{ unit, center: unit.center, withoutFigure: local && existedThen(unit) && !renamed }];
  });
  return {
    provinceFeatures,
    provinceJoin,
    boundaryFeatures,
    boundaryJoin,
    unitsById,
    shadedIds,
    circles,
    circleIds: new Set(circles.map((c) => c.unit.id)),
  };
}

/**
 * What the map draws for a layer: provinces filled by their own figure (a province's total is
 * not the sum of its districts'), districts and communes as shapes when a boundary file has
 * them and as circles at their centres otherwise, and the list of every unit with a figure.
 */
export function buildMapModel(
  geography: MapGeography,
  values: ReadonlyMap<string, UnitValue>,
): MapModel {
  const provinceShading = shadeJoinedAreas(geography.provinceJoin, values);
  const boundaryShading = shadeJoinedAreas(geography.boundaryJoin, values);

  const symbols = geography.circles.flatMap(({ unit, center, withoutFigure }): PlacedUnit[] => {
    const value = values.get(unit.id);
    return value || withoutFigure ? [{ unit, lat: center.lat, lon: center.lon, value }] : [];
  });

  const entries: MapEntry[] = [];
  for (const [unitId, value] of values) {
    const unit = geography.unitsById.get(unitId);
    if (!unit) continue;
    const drawnAs = geography.shadedIds.has(unitId)
      ? 'area'
      : geography.circleIds.has(unitId)
        ? 'symbol'
        : 'nowhere';
    entries.push({ unit, value, drawnAs });
  }
  entries.sort((a, b) => b.value.value - a.value.value || compareCodes(a.unit.id, b.unit.id));

  return {
    provinces: geography.provinceFeatures.map((feature, i) => ({
      feature,
      shade: provinceShading.shades[i]!,
    })),
    provinceBreaks: provinceShading.breaks,
    boundaries: geography.boundaryFeatures.map((feature, i) => ({
      feature,
      shade: boundaryShading.shades[i]!,
    })),
    boundaryBreaks: boundaryShading.breaks,
    symbols,
    symbolMax: Math.max(0, ...symbols.map((s) => s.value?.value ?? 0)),
    entries,
  };
}
