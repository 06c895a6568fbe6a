import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@mocks/synthetic/dataset';
import { dayNumber, reportRows } from './report-table';

describe('dayNumber', () => {
  it('reads an ISO date as a number that orders as the date does', () => {
    expect(dayNumber('2024-03-31')).toBe(20240331);
    expect(dayNumber('2019-12-05')).toBe(20191205);
    expect(dayNumber('2020-01-01')).toBeGreaterThan(dayNumber('2019-12-31'));
  });
});

describe('reportRows', () => {
  it("holds each report's unit, conference day and reviewed period", () => {
    const generated = generateSyntheticDataset({ reports: 300, seed: 3 }).reports;
    // A conference that reviewed no period (a plan, a resolution) as well.
    const reports = [...generated, { ...generated[0]!, id: 'no-review', periodReviewed: null }];
    const { table, rows } = reportRows(reports);
    expect(rows.length).toBe(reports.length);
    reports.forEach((report, p) => {
      expect(table.units.values[table.unit[p]!]).toBe(report.unitId);
      expect(table.date[p]).toBe(dayNumber(report.date));
      expect(table.reviewed[p]).toBe(report.periodReviewed ? 1 : 0);
      expect(table.reviewedStart[p]).toBe(
        report.periodReviewed ? dayNumber(report.periodReviewed.start) : 0,
      );
      expect(table.reviewedEnd[p]).toBe(
        report.periodReviewed ? dayNumber(report.periodReviewed.end) : 0,
      );
    });
  });
});
