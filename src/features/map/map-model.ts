import type { UnitValue } from '@/domain/aggregate/map-values';
import type { Unit } from '@/domain/schema/unit';
import { shadeAreas, shadedUnitIds, unitsByCode, type AreaShade } from './area-join';
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

/**
 * What the map draws for a layer: provinces filled by their own figure (a province's total is
 * not the sum of its districts'), districts and communes as shapes when a boundary file has
 * them and as circles at their centres otherwise, and the list of every unit with a figure.
 */
export function buildMapModel(
  units: readonly Unit[],
  values: ReadonlyMap<string, UnitValue>,
  provinces: readonly AreaFeature<ProvinceProperties>[],
  boundaries: BoundaryLayer | null,
): MapModel {
  const provinceFeatures = provinces.filter(withGeometry);
  const provinceShading = shadeAreas(
    provinceFeatures.map((f) => f.properties.gso),
    unitsByCode(units, { levels: ['province'], ...PROVINCE_LAYER_VALIDITY }),
    values,
  );
  const boundaryFeatures = boundaries?.features ?? [];
  const boundaryShading = shadeAreas(
    boundaryFeatures.map((f) => String(f.properties[boundaries!.codeProperty] ?? '')),
    unitsByCode(units, { levels: ['district', 'commune'] }),
    values,
  );
  const shaded = new Set([...shadedUnitIds(provinceShading), ...shadedUnitIds(boundaryShading)]);

  const unitIds = new Set(units.map((u) => u.id));
  const symbols = units.flatMap((unit): PlacedUnit[] => {
    if (!unit.center || shaded.has(unit.id)) return [];
    const value = values.get(unit.id);
    const local = unit.level === 'district' || unit.level === 'commune';
    // Without a figure, one circle per place: a renamed or upgraded unit's predecessor stands for it.
    const renamed = unit.predecessorIds.some(
      (id) => unitIds.has(id) && existedThen(units.find((u) => u.id === id)!),
    );
    if (!value && !(local && existedThen(unit) && !renamed)) return [];
    if (!local && unit.level !== 'province') return [];
    return [{ unit, lat: unit.center.lat, lon: unit.center.lon, value }];
  });
  const symbolIds = new Set(symbols.map((s) => s.unit.id));

  const entries = units
    .flatMap((unit): MapEntry[] => {
      const value = values.get(unit.id);
      if (!value) return [];
      const drawnAs = shaded.has(unit.id) ? 'area' : symbolIds.has(unit.id) ? 'symbol' : 'nowhere';
      return [{ unit, value, drawnAs }];
    })
    .sort((a, b) => b.value.value - a.value.value || compareCodes(a.unit.id, b.unit.id));

  return {
    provinces: provinceFeatures.map((feature, i) => ({
      feature,
      shade: provinceShading.shades[i]!,
    })),
    provinceBreaks: provinceShading.breaks,
    boundaries: boundaryFeatures.map((feature, i) => ({
      feature,
      shade: boundaryShading.shades[i]!,
    })),
    boundaryBreaks: boundaryShading.breaks,
    symbols,
    symbolMax: Math.max(0, ...symbols.map((s) => s.value?.value ?? 0)),
    entries,
  };
}
