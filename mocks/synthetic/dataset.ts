/**
 * Deterministic synthetic dataset for load tests and the msw "large" scenario. Every record
 * says it is synthetic (meta.synthetic, "Giả lập" in names, a "synthetic" source) and it is
 * never written into public/data.
 */
import type { Dataset } from '../../src/domain/schema/dataset';
import type { Fact } from '../../src/domain/schema/fact';
import type { Period } from '../../src/domain/schema/period';
import type { Report, ReportKind } from '../../src/domain/schema/report';
import { syntheticFacts, provenance } from './facts';
import { addDays, pad, seededRandom, type Random } from './random';
import { syntheticUnits } from './units';

export interface SyntheticOptions {
  reports: number;
  seed?: number;
  provinces?: number;
  districtsPerProvince?: number;
  communesPerDistrict?: number;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (year: number, first: number, last: number) =>
  [`${year}-${pad(first)}-01`, `${year}-${pad(last)}-${pad(lastDay(year, last))}`] as const;

type Cadence = 'quarter' | 'half-year' | 'year';

function periodOf(cadence: Cadence, year: number, part: number): Period {
  const months = cadence === 'quarter' ? 3 : cadence === 'half-year' ? 6 : 12;
  const [start, end] = span(year, (part - 1) * months + 1, part * months);
  return { kind: cadence, start, end };
}

function nextPeriod(cadence: Cadence, year: number, part: number): Period {
  const parts = cadence === 'quarter' ? 4 : cadence === 'half-year' ? 2 : 1;
  return part < parts ? periodOf(cadence, year, part + 1) : periodOf(cadence, year + 1, 1);
}

const kindOf: Record<Cadence, ReportKind> = {
  quarter: 'quarterly-review',
  'half-year': 'six-month-review',
  year: 'annual-review',
};
const titleOf = (cadence: Cadence, year: number, part: number) =>
  cadence === 'quarter'
    ? { vi: `sơ kết quý ${part}/${year}`, en: `Q${part} ${year} review` }
    : cadence === 'half-year'
      ? {
          vi: `sơ kết 6 tháng ${part === 1 ? 'đầu' : 'cuối'} năm ${year}`,
          en: `H${part} ${year} review`,
        }
      : { vi: `tổng kết năm ${year}`, en: `${year} annual review` };

function pickLevel(random: Random) {
  return random.weighted([
    ['province', 1],
    ['district', 5],
    ['commune', 3],
  ] as const);
}

export function generateSyntheticDataset({
  reports: reportCount,
  seed = 1,
  provinces = 63,
  districtsPerProvince = 11,
  communesPerDistrict = 3,
}: SyntheticOptions): Dataset {
  const random = seededRandom(seed);
  const { units, byLevel, childrenOf } = syntheticUnits(
    random,
    provinces,
    districtsPerProvince,
    communesPerDistrict,
  );
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const reports: Report[] = [];
  const facts: Fact[] = [];
  for (let i = 0; i < reportCount; i++) {
    const unit = random.pick(byLevel[pickLevel(random)]);
    const cadence = random.weighted<Cadence>([
      ['quarter', 6],
      ['half-year', 2],
      ['year', 2],
    ]);
    const year = random.int(2015, 2025);
    const part =
      cadence === 'quarter' ? random.int(1, 4) : cadence === 'half-year' ? random.int(1, 2) : 1;
    const reviewed = periodOf(cadence, year, part);
    const withResolution = random.chance(0.4);
    const planned = withResolution ? nextPeriod(cadence, year, part) : null;
    const id = `syn-r${i + 1}`;
    const title = titleOf(cadence, year, part);
    reports.push({
      id,
      sourceId: 'syn-source',
      unitId: unit.id,
      body:
        unit.level === 'commune'
          ? 'people-committee'
          : random.pick([
              'military-party-committee',
              'people-committee',
              'military-command',
            ] as const),
      unitProvenance: provenance,
      title: { vi: `Giả lập: ${title.vi}`, en: `Synthetic: ${title.en}` },
      date: addDays(reviewed.end, random.int(1, 25)),
      dateProvenance: provenance,
      kinds: withResolution ? [kindOf[cadence], 'resolution'] : [kindOf[cadence]],
      periodReviewed: reviewed,
      periodPlanned: planned,
      people: [],
      delegations: [],
      summary: { vi: 'Dữ liệu giả lập', en: 'Synthetic data' },
    });
    for (const fact of syntheticFacts(random, {
      reportId: id,
      unit,
      children: childrenOf.get(unit.id) ?? [],
      parent: unit.parentId ? unitsById.get(unit.parentId) : undefined,
      reviewed,
      planned,
      recruitmentReported: cadence === 'year' || (cadence === 'quarter' && part === 1),
    }))
      facts.push(fact);
  }
  return {
    schemaVersion: 1,
    meta: {
      title: `Giả lập: ${reportCount} báo cáo (seed ${seed})`,
      synthetic: true,
      // As a real file says how recent it is: the day of its latest conference.
      compiledOn: reports.reduce((latest, r) => (r.date > latest ? r.date : latest), '2015-01-01'),
      notes: 'Synthetic data for load tests; not real figures.',
    },
    sources: [
      {
        id: 'syn-source',
        file: 'synthetic',
        kind: 'local-entry',
        authors: ['generator'],
        paragraphCount: 1,
      },
    ],
    units,
    reports,
    facts,
  };
}
