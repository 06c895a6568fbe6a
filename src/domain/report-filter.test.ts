import { describe, expect, it } from 'vitest';
import { loadRealDataset } from '@/testing/real-dataset';
import {
  blockingParts,
  emptyFilter,
  filterReports,
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
