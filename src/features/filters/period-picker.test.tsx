import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PeriodSelection } from '@/domain/report-filter';
import { PeriodPicker } from './period-picker';

const today = new Date(Date.UTC(2026, 10, 22));

function setup(period: PeriodSelection | null) {
  const onPeriod = vi.fn();
  const onMatch = vi.fn();
  render(
    <PeriodPicker
      period={period}
      match="reviewed"
      years={[2019, 2020, 2023, 2024]}
      today={today}
      onPeriod={onPeriod}
      onMatch={onMatch}
    />,
  );
  return { onPeriod, onMatch, user: userEvent.setup() };
}

describe('PeriodPicker', () => {
  it('switches between year, quarter, half-year and a date range, starting from the latest year', async () => {
    const { onPeriod, user } = setup(null);
    await user.click(screen.getByRole('radio', { name: 'Quý' }));
    expect(onPeriod).toHaveBeenLastCalledWith({ kind: 'quarter', year: 2024, quarter: 1 });
    await user.click(screen.getByRole('radio', { name: '6 tháng' }));
    expect(onPeriod).toHaveBeenLastCalledWith({ kind: 'half', year: 2024, half: 1 });
    await user.click(screen.getByRole('radio', { name: 'Khoảng ngày' }));
    expect(onPeriod).toHaveBeenLastCalledWith({
      kind: 'range',
      start: '2024-01-01',
      end: '2024-12-31',
    });
  });

  it('changes the year and quarter of a quarter pick', async () => {
    const { onPeriod, user } = setup({ kind: 'quarter', year: 2024, quarter: 1 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), '2023');
    expect(onPeriod).toHaveBeenLastCalledWith({ kind: 'quarter', year: 2023, quarter: 1 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quý' }), '3');
    expect(onPeriod).toHaveBeenLastCalledWith({ kind: 'quarter', year: 2024, quarter: 3 });
  });

  it('offers quick presets and the choice between review period and conference date', async () => {
    const { onPeriod, onMatch, user } = setup(null);
    await user.click(screen.getByRole('button', { name: 'Năm nay' }));
    expect(onPeriod).toHaveBeenLastCalledWith({ kind: 'year', year: 2026 });
    await user.click(screen.getByRole('button', { name: '12 tháng qua' }));
    expect(onPeriod).toHaveBeenLastCalledWith({
      kind: 'range',
      start: '2025-11-23',
      end: '2026-11-22',
    });
    await user.click(screen.getByRole('button', { name: 'Toàn bộ' }));
    expect(onPeriod).toHaveBeenLastCalledWith(null);
    await user.click(screen.getByRole('radio', { name: 'theo ngày họp' }));
    expect(onMatch).toHaveBeenCalledWith('conference');
  });
});
