import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/domain/parse-dataset';
import { writeDataset } from './cli';
import { generateSyntheticDataset } from './dataset';

describe('the synthetic dataset', () => {
  const dataset = generateSyntheticDataset({ reports: 2000, seed: 7 });

  it('is the same for the same seed and differs for another', () => {
    expect(generateSyntheticDataset({ reports: 2000, seed: 7 })).toEqual(dataset);
    expect(generateSyntheticDataset({ reports: 2000, seed: 8 }).facts).not.toEqual(dataset.facts);
  });

  it('says it is synthetic in its meta, its source and every unit and report name', () => {
    expect(dataset.meta.synthetic).toBe(true);
    expect(dataset.sources.map((s) => s.file)).toEqual(['synthetic']);
    // Dated by its latest conference, as the header shows it.
    expect(dataset.meta.compiledOn).toBe([...dataset.reports.map((r) => r.date)].sort().at(-1));
    expect(dataset.meta.compiledOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const record of [...dataset.units, ...dataset.reports]) {
      const name = 'title' in record ? record.title : record.name;
      expect(name.vi).toMatch(/^Giả lập: /);
      expect(name.en).toMatch(/^Synthetic: /);
    }
  });

  it('passes the dataset parser with no record rejected', () => {
    const { rejected, dataset: parsed } = parseDataset(
      JSON.parse(JSON.stringify(dataset)),
      'synthetic.json',
    );
    expect(rejected).toEqual([]);
    expect(parsed.facts).toHaveLength(dataset.facts.length);
  });

  it('spreads units over 63 provinces, 693 districts and their communes, under military regions', () => {
    const count = (level: string) => dataset.units.filter((u) => u.level === level).length;
    expect(count('military-region')).toBe(8);
    expect(count('province')).toBe(63);
    expect(count('district')).toBe(693);
    expect(count('commune')).toBe(693 * 3);
    const byId = new Map(dataset.units.map((u) => [u.id, u]));
    for (const unit of dataset.units.filter((u) => u.level === 'province'))
      expect(byId.get(unit.parentId ?? '')?.level).toBe('military-region');
    const reportingLevels = new Set(dataset.reports.map((r) => byId.get(r.unitId)?.level));
    expect([...reportingLevels].sort()).toEqual(['commune', 'district', 'province']);
  });

  it('holds quarterly, six-month and annual reports over 2015-2025, about ten figures each', () => {
    const kinds = new Set(dataset.reports.map((r) => r.periodReviewed?.kind));
    expect([...kinds].sort()).toEqual(['half-year', 'quarter', 'year']);
    const years = dataset.reports.map((r) => Number(r.periodReviewed?.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(2015);
    expect(Math.max(...years)).toBe(2025);
    for (const report of dataset.reports)
      expect(report.date > report.periodReviewed!.end).toBe(true);
    expect(dataset.facts.length / dataset.reports.length).toBeGreaterThan(8);
    expect(dataset.facts.length / dataset.reports.length).toBeLessThan(12);
  });

  it('has figures in plausible ranges, some stated without a number, exercises done and planned', () => {
    const values = (measure: string) =>
      dataset.facts.filter((f) => f.measure === measure).map((f) => f.value);
    const pct = values('quota-completion-pct');
    expect(pct.every((v) => v !== null && v >= 90 && v <= 100)).toBe(true);
    const enlisted = values('enlisted').filter((v) => v !== null);
    expect(Math.min(...enlisted)).toBeGreaterThan(0);
    expect(Math.max(...enlisted)).toBeLessThanOrEqual(3000);
    const missing = values('trainees').filter((v) => v === null).length;
    expect(missing / values('trainees').length).toBeGreaterThan(0.01);
    expect(missing / values('trainees').length).toBeLessThan(0.1);
    const statuses = new Set(
      dataset.facts.flatMap((f) => (f.category === 'exercises' ? [f.status] : [])),
    );
    expect([...statuses].sort()).toEqual(['done', 'planned', 'preparing']);
  });

  it('writes to a file that reads back as the same dataset, in either layout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
    try {
      const small = generateSyntheticDataset({ reports: 50, seed: 3 });
      writeDataset(join(dir, 'records.json'), small, 'records');
      expect(JSON.parse(readFileSync(join(dir, 'records.json'), 'utf8'))).toEqual(small);
      writeDataset(join(dir, 'columns.json'), small);
      const columns = JSON.parse(readFileSync(join(dir, 'columns.json'), 'utf8'));
      expect(columns.encoding).toBe('columns');
      const { dataset, rejected } = parseDataset(columns, 'columns.json');
      expect(rejected).toEqual([]);
      expect(dataset.facts.map((f) => f.id)).toEqual(small.facts.map((f) => f.id));
      expect(dataset.reports.map((r) => r.date)).toEqual(small.reports.map((r) => r.date));
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
