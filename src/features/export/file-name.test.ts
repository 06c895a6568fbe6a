import { describe, expect, it } from 'vitest';
import { emptyFilter, type ReportFilter } from '@/domain/report-filter';
import { exportFileName, fileNameWords, slugify } from './file-name';

const vi = fileNameWords('vi');
const en = fileNameWords('en');
const filter = (part: Partial<ReportFilter>): ReportFilter => ({ ...emptyFilter, ...part });

describe('slugify', () => {
  it('drops diacritics, đ, case and spaces', () => {
    expect(slugify('Tuyển quân')).toBe('tuyen-quan');
    expect(slugify('Giáo dục QP-AN')).toBe('giao-duc-qp-an');
    expect(slugify('  Đà Nẵng, Thủy Nguyên / 2024 ')).toBe('da-nang-thuy-nguyen-2024');
  });

  it('cuts long text at a word boundary of its slug', () => {
    const slug = slugify('Giáo dục quốc phòng và an ninh '.repeat(10), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).not.toMatch(/-$/);
  });
});

describe('exportFileName', () => {
  it('names the panel, the units and the period as the link does', () => {
    const hp = filter({
      unitIds: ['hai-phong'],
      period: { kind: 'quarter', year: 2024, quarter: 1 },
    });
    expect(exportFileName('Tuyển quân', hp, vi, 'png')).toBe('tuyen-quan_hai-phong_2024-Q1.png');
  });

  it('says "all units" and "all time" in the current language when nothing is filtered', () => {
    expect(exportFileName('Tuyển quân', emptyFilter, vi, 'csv')).toBe(
      'tuyen-quan_tat-ca-don-vi_moi-thoi-gian.csv',
    );
    expect(exportFileName('Recruitment', emptyFilter, en, 'csv')).toBe(
      'recruitment_all-units_all-time.csv',
    );
  });

  it('joins several units, kinds, topics and exercise types with "+"', () => {
    const several = filter({
      unitIds: ['bac-giang', 'thach-that'],
      kinds: ['resolution'],
      topics: ['exercises'],
      exerciseTypes: ['defence-zone'],
      period: { kind: 'half', year: 2024, half: 1 },
    });
    expect(exportFileName('Diễn tập', several, vi, 'svg')).toBe(
      'dien-tap_bac-giang+thach-that+resolution+exercises+defence-zone_2024-H1.svg',
    );
  });

  it('writes a date range with "--" and marks matching by conference date', () => {
    const range = filter({
      unitIds: ['duong-kinh'],
      period: { kind: 'range', start: '2019-01-01', end: '2019-12-31' },
      periodMatch: 'conference',
    });
    expect(exportFileName('Khen thưởng', range, vi, 'png')).toBe(
      'khen-thuong_duong-kinh_2019-01-01--2019-12-31-ngay-hop.png',
    );
    expect(
      exportFileName('Awards', { ...range, period: { kind: 'year', year: 2019 } }, en, 'png'),
    ).toBe('awards_duong-kinh_2019-by-date.png');
  });

  it('cuts a long selection and counts what it left out', () => {
    const many = filter({ unitIds: Array.from({ length: 30 }, (_, i) => `xa-so-${i + 1}`) });
    const name = exportFileName('Tuyển quân', many, vi, 'png');
    expect(name).toMatch(/^tuyen-quan_xa-so-1\+xa-so-2\+.*\+\d+-khac_moi-thoi-gian\.png$/);
    expect(name.length).toBeLessThan(140);
    expect(name).not.toMatch(/\s|[^\x20-\x7e]/);
  });
});
