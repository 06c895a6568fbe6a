/**
 * Deterministic synthetic dataset for load scenarios. Every record says it is synthetic
 * (meta.synthetic, "Giả lập" in names, "synthetic" in source kinds) and it is never
 * written into public/data.
 */
import type { Dataset } from '../src/domain/schema/dataset';
import type { Fact } from '../src/domain/schema/fact';
import type { Report } from '../src/domain/schema/report';
import type { Unit } from '../src/domain/schema/unit';
import provinceShapes from '../public/geo/vn-provinces.topo.json';

/** Real province codes and label points, so synthetic units land on the map's provinces. */
const provincePlaces = provinceShapes.objects.provinces.geometries.map((g) => ({
  gso: g.properties.gso,
  lon: g.properties.label[0] as number,
  lat: g.properties.label[1] as number,
}));

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export interface SyntheticOptions {
  reports: number;
  seed?: number;
  provinces?: number;
  districtsPerProvince?: number;
}

export function generateSyntheticDataset({
  reports: reportCount,
  seed = 1,
  provinces = 63,
  districtsPerProvince = 11,
}: SyntheticOptions): Dataset {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const units: Unit[] = [
    {
      id: 'syn-vn',
      name: { vi: 'Giả lập: toàn quốc', en: 'Synthetic: country' },
      aliases: [],
      level: 'national',
      type: 'country',
      parentId: null,
      predecessorIds: [],
      successorIds: [],
    },
  ];
  const districtIds: string[] = [];
  for (let p = 1; p <= provinces; p++) {
    const provinceId = `syn-p${pad(p)}`;
    const place = provincePlaces[(p - 1) % provincePlaces.length]!;
    units.push({
      id: provinceId,
      name: { vi: `Giả lập: tỉnh ${pad(p)}`, en: `Synthetic: province ${pad(p)}` },
      aliases: [],
      level: 'province',
      type: 'province',
      parentId: 'syn-vn',
      // The first 63 take the real codes so the map fills their shapes; codes are not names.
      ...(p <= provincePlaces.length ? { adminCode: place.gso } : {}),
      center: { lat: place.lat, lon: place.lon, source: 'synthetic', approximate: true },
      predecessorIds: [],
      successorIds: [],
    });
    for (let d = 1; d <= districtsPerProvince; d++) {
      const id = `syn-p${pad(p)}-d${pad(d)}`;
      districtIds.push(id);
      units.push({
        id,
        name: {
          vi: `Giả lập: huyện ${pad(p)}.${pad(d)}`,
          en: `Synthetic: district ${pad(p)}.${pad(d)}`,
        },
        aliases: [],
        level: 'district',
        type: 'rural-district',
        parentId: provinceId,
        center: {
          lat: place.lat + (random() - 0.5) * 0.4,
          lon: place.lon + (random() - 0.5) * 0.4,
          source: 'synthetic',
          approximate: true,
        },
        predecessorIds: [],
        successorIds: [],
      });
    }
  }

  const sources = [
    {
      id: 'syn-source',
      file: 'synthetic',
      kind: 'local-entry' as const,
      authors: ['generator'],
      paragraphCount: 1,
    },
  ];
  const provenance = { sourceId: 'syn-source', paragraph: 1, status: 'stated' as const };
  const reports: Report[] = [];
  const facts: Fact[] = [];
  for (let i = 0; i < reportCount; i++) {
    const unitId = districtIds[i % districtIds.length] as string;
    const year = 2015 + int(0, 10);
    const quarter = int(1, 4);
    const start = `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
    const end = `${year}-${pad(quarter * 3)}-${quarter === 1 || quarter === 4 ? 31 : 30}`;
    const period = { kind: 'quarter' as const, start, end };
    const id = `syn-r${i}`;
    const day = `${year + (quarter === 4 ? 1 : 0)}-${pad(quarter === 4 ? 1 : quarter * 3 + 1)}-${pad(int(1, 28))}`;
    reports.push({
      id,
      sourceId: 'syn-source',
      unitId,
      body: 'people-committee',
      unitProvenance: provenance,
      title: {
        vi: `Giả lập: sơ kết quý ${quarter}/${year}`,
        en: `Synthetic: Q${quarter} ${year} review`,
      },
      date: day,
      dateProvenance: provenance,
      kinds: ['quarterly-review'],
      periodReviewed: period,
      periodPlanned: null,
      people: [],
      delegations: [],
      summary: { vi: 'Dữ liệu giả lập', en: 'Synthetic data' },
    });
    const base = { reportId: id, unitId, period, qualifier: 'exact' as const, provenance };
    if (random() > 0.2)
      facts.push({
        ...base,
        id: `${id}-e`,
        category: 'recruitment',
        measure: 'enlisted',
        value: int(20, 400),
      });
    if (random() > 0.1)
      facts.push({
        ...base,
        id: `${id}-q`,
        category: 'recruitment',
        measure: 'quota-completion-pct',
        value: int(90, 100),
      });
    facts.push({
      ...base,
      id: `${id}-x`,
      category: 'exercises',
      measure: 'exercises',
      value: null,
      exerciseType: random() > 0.5 ? 'defence-zone' : 'disaster-response',
      level: 'district',
      status: random() > 0.3 ? 'done' : 'planned',
    });
    facts.push({
      ...base,
      id: `${id}-s`,
      category: 'education',
      measure: 'trainees',
      value: int(100, 3000),
      targetGroup: 'students',
      delivery: 'held-locally',
      institutions: [],
    });
  }
  return {
    schemaVersion: 1,
    meta: {
      title: `Giả lập: ${reportCount} báo cáo (seed ${seed})`,
      synthetic: true,
      compiledOn: 'synthetic',
    },
    sources,
    units,
    reports,
    facts,
  };
}
