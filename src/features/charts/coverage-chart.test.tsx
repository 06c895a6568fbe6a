import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@mocks/synthetic/dataset';
import { selectFacts } from '@/domain/aggregate/fact-selection';
import { indexDataset } from '@/domain/dataset-index';
import { emptyFilter, filterReports } from '@/domain/report-filter';
import { CoverageChart } from './coverage-chart';

/** The strip over every report of a synthetic dataset. */
function renderStrip(options: Parameters<typeof generateSyntheticDataset>[0]) {
  const index = indexDataset(generateSyntheticDataset(options));
  const reports = filterReports(index, emptyFilter);
  render(
    <CoverageChart
      index={index}
      facts={selectFacts(index, emptyFilter, reports)}
      reports={reports}
      subtitle=""
      selectedUnitIds={[]}
      selectedExerciseTypes={[]}
      onUnitClick={() => {}}
      onExerciseTypeClick={() => {}}
    />,
  );
}

describe('coverage strip at national scale', () => {
  it('describes a crowded row by the stretches it draws, not by every period', () => {
    // Few units, so each has many reports: crowded rows.
    renderStrip({
      reports: 1500,
      seed: 5,
      provinces: 4,
      districtsPerProvince: 3,
      communesPerDistrict: 1,
    });
    const strip = screen.getByRole('img', { name: /^Báo cáo theo kỳ|^[^:]+: / });
    const label = strip.getAttribute('aria-label')!;
    const bars = [...strip.querySelectorAll('.coverage-chart__span title')].map(
      (t) => t.textContent,
    );
    // Every drawn bar is named in the label, and a crowded row by its stretches ("… báo cáo").
    for (const bar of bars.filter((b) => b!.endsWith('báo cáo'))) expect(label).toContain(bar);
    expect(bars.some((b) => b!.endsWith('báo cáo'))).toBe(true);
    expect(label.length).toBeLessThan(bars.join(', ').length + 2000);
  });

  it('counts the units it leaves out the Vietnamese way (2.365, not 2365)', () => {
    renderStrip({ reports: 4000, seed: 5 });
    expect(screen.getByText(/có nhiều báo cáo nhất trong \d{1,3}\.\d{3};/)).toBeTruthy();
  });
});
