import { render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { ChartPanel } from './chart-panel';

let mounts = 0;

/** Stands for a recharts chart: counts how often it is built from nothing. */
function Drawing({ bars }: { bars: string[] }) {
  useEffect(() => {
    mounts++;
  }, []);
  return (
    <ul aria-label="bars">
      {bars.map((bar) => (
        <li key={bar}>{bar}</li>
      ))}
    </ul>
  );
}

const panel = (bars: string[]) => (
  <ChartPanel
    id="awards"
    title="Khen thưởng"
    subtitle="Quận Dương Kinh"
    empty={bars.length === 0}
    chart={<Drawing bars={bars} />}
  />
);

describe('ChartPanel', () => {
  it('says “not reported” when a selection has nothing to draw, and draws again without rebuilding the chart', () => {
    mounts = 0;
    const { rerender } = render(panel(['Ban CHQS quận Dương Kinh']));
    expect(screen.getByRole('list', { name: 'bars' })).toHaveTextContent('Ban CHQS');

    rerender(panel([]));
    expect(screen.getByText('Không có số liệu trong các báo cáo đang chọn.')).toBeInTheDocument();
    // The last chart stays mounted for the next change, out of sight and of the accessibility tree.
    expect(screen.queryByRole('list', { name: 'bars' })).toBeNull();

    rerender(panel(['UBND quận Dương Kinh']));
    expect(screen.getByRole('list', { name: 'bars' })).toHaveTextContent('UBND quận Dương Kinh');
    expect(screen.queryByText('Không có số liệu trong các báo cáo đang chọn.')).toBeNull();
    expect(mounts).toBe(1);
  });
});
