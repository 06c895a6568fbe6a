import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../../mocks/synthetic/dataset';
import { loadRealDataset } from '@/testing/real-dataset';
import { indexDataset } from './dataset-index';

describe('the reports concerning a unit', () => {
  const naive = (index: ReturnType<typeof indexDataset>, unitId: string) =>
    index.reportsByDate.flatMap((report, position) =>
      report.unitId === unitId ||
      index.dataset.facts.some((f) => f.reportId === report.id && f.unitId === unitId)
        ? [position]
        : [],
    );

  it('are the reports it held or that give figures about it, by position', () => {
    const { index } = loadRealDataset();
    for (const unit of index.dataset.units)
      expect([...index.reportsConcerningUnit.of(unit.id)]).toEqual(naive(index, unit.id));
    const reporting = new Set(index.dataset.reports.map((r) => r.unitId));
    const onlyInFigures = index.dataset.facts.find((f) => !reporting.has(f.unitId))!.unitId;
    expect(index.reportsConcerningUnit.of(onlyInFigures).length).toBeGreaterThan(0);
    expect(index.reportsConcerningUnit.of('no-such-unit')).toHaveLength(0);
  });

  it('agree with a plain search on a synthetic dataset', () => {
    const dataset = generateSyntheticDataset({ reports: 300, seed: 5 });
    const index = indexDataset(dataset);
    for (const unit of dataset.units.slice(0, 120))
      expect([...index.reportsConcerningUnit.of(unit.id)]).toEqual(naive(index, unit.id));
  });
});
