import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@mocks/synthetic/dataset';
import { headlineTotals } from '@/domain/aggregate/headline-totals';
import { selectFacts } from '@/domain/aggregate/fact-selection';
import { indexDataset } from '@/domain/dataset-index';
import { emptyFilter, filterReports } from '@/domain/report-filter';
import { HeadlineCards } from './headline-cards';

describe('headline cards at national scale', () => {
  it('name the first and last of dozens of periods instead of listing them all', () => {
    const index = indexDataset(generateSyntheticDataset({ reports: 800, seed: 3 }));
    const reports = filterReports(index, emptyFilter);
    const totals = headlineTotals(selectFacts(index, emptyFilter, reports));
    render(<HeadlineCards totals={totals} index={index} />);
    const [enlisted] = screen.getAllByTestId('headline-card');
    expect(enlisted).toHaveTextContent(/Kỳ: \S.* … \S.* \(\d+ kỳ\)/);
    expect(enlisted!.textContent!.length).toBeLessThan(200);
  });

  it('count a national figure’s sources the Vietnamese way', () => {
    const index = indexDataset(generateSyntheticDataset({ reports: 800, seed: 3 }));
    const reports = filterReports(index, emptyFilter);
    const totals = headlineTotals(selectFacts(index, emptyFilter, reports));
    render(<HeadlineCards totals={totals} index={index} />);
    const educated = totals.educated!.facts.length;
    expect(educated).toBeGreaterThan(999);
    expect(
      screen.getByRole('button', { name: `Nguồn (${educated.toLocaleString('vi-VN')})` }),
    ).toBeTruthy();
  });
});
