import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { factRows } from '@/domain/aggregate/fact-rows';
import { loadRealDataset } from '@/testing/real-dataset';
import { MapList, REPORT_LINKS } from './map-list';
import type { MapEntry } from './map-model';

const { index } = loadRealDataset();

describe('MapList', () => {
  it('links a unit’s first reports and counts the others, however many it has', () => {
    const [unit] = index.dataset.units;
    const reportIds = index.dataset.reports.map((r) => r.id);
    expect(reportIds.length).toBeGreaterThan(REPORT_LINKS);
    const entry: MapEntry = {
      unit: unit!,
      value: { value: reportIds.length, facts: factRows([]), reportIds },
      drawnAs: 'symbol',
    };
    render(
      <MemoryRouter>
        <MapList
          index={index}
          entries={[entry]}
          heading="Số hội nghị"
          formatValue={String}
          detail={() => ''}
          selectedIds={new Set()}
          onSelect={() => {}}
          onHover={() => {}}
        />
      </MemoryRouter>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      reportIds.slice(0, REPORT_LINKS).map((id) => `/reports/${id}`),
    );
    expect(
      screen.getByText(new RegExp(`và ${reportIds.length - REPORT_LINKS} nguồn khác`)),
    ).toBeTruthy();
  });
});
