import { generateSyntheticDataset } from '../../mocks/synthetic/dataset';
import { selectFacts } from './aggregate/fact-selection';
import { factTopic } from './fact-topic';
import { describe, expect, it } from 'vitest';
import { loadRealDataset } from '@/testing/real-dataset';
import { indexDataset } from './dataset-index';
import {
  blockingParts,
  coveredUnitIds,
  emptyFilter,
  filterReports,
  reportInPeriod,
  selectionRange,
  type ReportFilter,
} from './report-filter';

const { index } = loadRealDataset();
const ids = (filter: Partial<ReportFilter>) =>
  filterReports(index, { ...emptyFilter, ...filter }).map((r) => r.id);

describe('filterReports on the five seed reports', () => {
  it('keeps everything with no filter', () => {
    expect(ids({})).toHaveLength(5);
  });

  it('includes everything beneath a selected unit', () => {
    expect(ids({ unitIds: ['hai-phong'] })).toEqual([
      'hp-mpc-2024-q1',
      'hp-mpc-2020-annual',
      'duong-kinh-pc-2019-annual',
    ]);
    expect(ids({ unitIds: ['bac-giang'] })).toEqual(['bac-giang-mpc-2024-resolution']);
    expect(ids({ unitIds: ['qk1'] })).toEqual(['bac-giang-mpc-2024-resolution']);
    expect(ids({ unitIds: ['btl-thu-do'] })).toEqual(['thach-that-pc-2024-h1']);
    expect(ids({ unitIds: ['bac-giang', 'duong-kinh'] })).toEqual([
      'bac-giang-mpc-2024-resolution',
      'duong-kinh-pc-2019-annual',
    ]);
  });

  it('tells the period reviewed from the conference date', () => {
    const y2023 = { kind: 'year' as const, year: 2023 };
    expect(ids({ period: y2023, periodMatch: 'reviewed' })).toEqual([
      'bac-giang-mpc-2024-resolution',
    ]);
    expect(ids({ period: { kind: 'year', year: 2024 }, periodMatch: 'reviewed' })).toEqual([
      'thach-that-pc-2024-h1',
      'hp-mpc-2024-q1',
    ]);
    // The Q1 review sat in April: by conference date it belongs to Q2. The half-year review covers Q1 too.
    expect(
      ids({ period: { kind: 'quarter', year: 2024, quarter: 1 }, periodMatch: 'reviewed' }),
    ).toEqual(['thach-that-pc-2024-h1', 'hp-mpc-2024-q1']);
    expect(
      ids({ period: { kind: 'quarter', year: 2024, quarter: 1 }, periodMatch: 'conference' }),
    ).toEqual([]);
    expect(
      ids({ period: { kind: 'quarter', year: 2024, quarter: 2 }, periodMatch: 'conference' }),
    ).toEqual(['thach-that-pc-2024-h1', 'hp-mpc-2024-q1']);
    expect(ids({ period: { kind: 'half', year: 2024, half: 1 }, periodMatch: 'reviewed' })).toEqual(
      ['thach-that-pc-2024-h1', 'hp-mpc-2024-q1'],
    );
    expect(
      ids({
        period: { kind: 'range', start: '2019-11-01', end: '2019-11-30' },
        periodMatch: 'conference',
      }),
    ).toEqual(['duong-kinh-pc-2019-annual']);
  });

  it('finds the reports that speak of a unit, not only those it held', () => {
    expect(ids({ unitIds: ['thuy-nguyen'] })).toEqual(['hp-mpc-2024-q1']);
    expect(ids({ unitIds: ['cam-yen'] })).toEqual(['thach-that-pc-2024-h1']);
    expect(ids({ unitIds: ['anh-dung'] })).toEqual(['duong-kinh-pc-2019-annual']);
    expect(ids({ unitIds: ['khanh-hoa'] })).toEqual(['hp-mpc-2020-annual']);
  });

  it('filters by conference kind and by topic', () => {
    expect(ids({ kinds: ['resolution'] })).toEqual([
      'hp-mpc-2024-q1',
      'bac-giang-mpc-2024-resolution',
      'hp-mpc-2020-annual',
    ]);
    expect(ids({ kinds: ['six-month-review'] })).toEqual(['thach-that-pc-2024-h1']);
    expect(ids({ topics: ['awards'] })).toEqual(['duong-kinh-pc-2019-annual']);
    expect(ids({ topics: ['education'] })).toContain('duong-kinh-pc-2019-annual');
    expect(ids({ topics: ['recruitment'], unitIds: ['hai-phong'] })).toEqual([
      'hp-mpc-2024-q1',
      'hp-mpc-2020-annual',
      'duong-kinh-pc-2019-annual',
    ]);
  });

  it('names the parts of an empty filter that alone exclude everything', () => {
    const filter: ReportFilter = {
      ...emptyFilter,
      unitIds: ['bac-giang'],
      period: { kind: 'year', year: 2026 },
    };
    expect(filterReports(index, filter)).toEqual([]);
    expect(blockingParts(index, filter)).toEqual(['period']);
  });
});

describe('selectionRange', () => {
  it('turns picks into date ranges, leap years included', () => {
    expect(selectionRange({ kind: 'quarter', year: 2024, quarter: 1 })).toEqual({
      start: '2024-01-01',
      end: '2024-03-31',
    });
    expect(selectionRange({ kind: 'quarter', year: 2023, quarter: 4 })).toEqual({
      start: '2023-10-01',
      end: '2023-12-31',
    });
    expect(selectionRange({ kind: 'half', year: 2024, half: 2 })).toEqual({
      start: '2024-07-01',
      end: '2024-12-31',
    });
  });
});

describe('the index', () => {
  it('knows the years the data spans', () => {
    expect(index.years).toEqual([2019, 2020, 2023, 2024]);
  });
});

describe('filtering by exercise type', () => {
  it('keeps the reports with an exercise of that type', () => {
    expect(ids({ exerciseTypes: ['disaster-response'] })).toEqual([
      'hp-mpc-2024-q1',
      'duong-kinh-pc-2019-annual',
    ]);
    expect(ids({ exerciseTypes: ['rear-base'] })).toEqual(['bac-giang-mpc-2024-resolution']);
  });
});

describe('the indexed filter and selection on national-scale data', () => {
  const synthetic = indexDataset(generateSyntheticDataset({ reports: 400, seed: 9 }));
  const facts = synthetic.dataset.facts;
  /** The filter as plain loops over the records, without any index. */
  function reference(filter: ReportFilter) {
    const units = coveredUnitIds(synthetic, filter.unitIds);
    const range = filter.period ? selectionRange(filter.period) : null;
    const reports = synthetic.reportsByDate.filter((report) => {
      const own = facts.filter((f) => f.reportId === report.id);
      if (units && !units.has(report.unitId) && !own.some((f) => units.has(f.unitId))) return false;
      if (filter.period && !reportInPeriod(report, filter.period, filter.periodMatch)) return false;
      if (filter.topics.length > 0 && !own.some((f) => filter.topics.includes(factTopic(f))))
        return false;
      return true;
    });
    const ids = new Set(reports.map((r) => r.id));
    const selected = facts.filter(
      (f) =>
        ids.has(f.reportId) &&
        (!units || units.has(f.unitId)) &&
        (!range || (f.period.end >= range.start && f.period.start <= range.end)) &&
        (filter.topics.length === 0 || filter.topics.includes(factTopic(f))),
    );
    return { reports: reports.map((r) => r.id), facts: new Set(selected.map((f) => f.id)) };
  }

  const units = [...new Set(synthetic.dataset.reports.map((r) => r.unitId))].slice(0, 6);
  const filters: ReportFilter[] = [
    ...units.map((u) => ({ ...emptyFilter, unitIds: [u] })),
    ...units.map((u) => ({ ...emptyFilter, unitIds: [u.replace(/-d\d+(-c\d+)?$/, '')] })),
    { ...emptyFilter, period: { kind: 'year', year: 2019 } },
    {
      ...emptyFilter,
      period: { kind: 'quarter', year: 2021, quarter: 3 },
      periodMatch: 'conference',
    },
    { ...emptyFilter, topics: ['recruitment', 'awards'] },
    { ...emptyFilter, unitIds: [units[0]!], period: { kind: 'half', year: 2020, half: 2 } },
  ];
  it.each(filters.map((f) => [JSON.stringify(f), f] as const))(
    'matches plain loops: %s',
    (_, filter) => {
      const expected = reference(filter);
      const reports = filterReports(synthetic, filter);
      expect(reports.map((r) => r.id)).toEqual(expected.reports);
      expect(
        new Set(
          selectFacts(synthetic, filter, reports)
            .toArray()
            .map((f) => f.id),
        ),
      ).toEqual(expected.facts);
    },
  );
});
