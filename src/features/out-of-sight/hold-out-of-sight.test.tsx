import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATCH_UP_AFTER_MS, HoldOutOfSight } from './hold-out-of-sight';
import { useOutOfSightStore } from './out-of-sight-store';
import { useTrackOutOfSight } from './use-track-out-of-sight';

function Panel({ unit }: { unit: string }) {
  useTrackOutOfSight();
  return (
    <HoldOutOfSight panel="awards" filterKey={unit}>
      <section data-panel="awards">Khen thưởng: {unit}</section>
    </HoldOutOfSight>
  );
}

/** What the browser says when it starts or stops skipping a panel's contents. */
function browserSkips(skipped: boolean) {
  const event = Object.assign(new Event('contentvisibilityautostatechange'), { skipped });
  act(() => {
    document.querySelector('[data-panel="awards"]')!.dispatchEvent(event);
  });
}

const hold = () => document.querySelector('[data-hold="awards"]')!;

describe('HoldOutOfSight', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows every change while the panel is drawn', () => {
    const { rerender } = render(<Panel unit="Hải Phòng" />);
    rerender(<Panel unit="Bắc Giang" />);
    expect(screen.getByText('Khen thưởng: Bắc Giang')).toBeInTheDocument();
    expect(hold()).toHaveAttribute('data-filter', 'Bắc Giang');
    expect(hold()).not.toHaveAttribute('aria-busy');
  });

  it('keeps what it showed while skipped, says it is behind, and catches up once changes rest', () => {
    const { rerender } = render(<Panel unit="Hải Phòng" />);
    browserSkips(true);
    expect(hold()).toHaveAttribute('data-out-of-sight', 'true');
    rerender(<Panel unit="Bắc Giang" />);
    expect(screen.getByText('Khen thưởng: Hải Phòng')).toBeInTheDocument();
    expect(hold()).toHaveAttribute('data-filter', 'Hải Phòng');
    expect(hold()).toHaveAttribute('aria-busy', 'true');

    // Another change before the rest is over starts the wait again.
    act(() => vi.advanceTimersByTime(CATCH_UP_AFTER_MS - 50));
    rerender(<Panel unit="Hà Nội" />);
    act(() => vi.advanceTimersByTime(CATCH_UP_AFTER_MS - 50));
    expect(screen.getByText('Khen thưởng: Hải Phòng')).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(100));
    expect(screen.getByText('Khen thưởng: Hà Nội')).toBeInTheDocument();
    expect(hold()).toHaveAttribute('data-filter', 'Hà Nội');
    expect(hold()).not.toHaveAttribute('aria-busy');
    // Still skipped: the next change is held again.
    rerender(<Panel unit="Dương Kinh" />);
    expect(screen.getByText('Khen thưởng: Hà Nội')).toBeInTheDocument();
  });

  it('catches up at once when the browser starts drawing it again', () => {
    const { rerender } = render(<Panel unit="Hải Phòng" />);
    browserSkips(true);
    rerender(<Panel unit="Bắc Giang" />);
    browserSkips(false);
    expect(screen.getByText('Khen thưởng: Bắc Giang')).toBeInTheDocument();
    expect(hold()).not.toHaveAttribute('data-out-of-sight');
  });

  it('is current for as long as a release (an export of every panel) is held', () => {
    const { rerender } = render(<Panel unit="Hải Phòng" />);
    browserSkips(true);
    rerender(<Panel unit="Bắc Giang" />);
    let unhold = () => {};
    act(() => {
      unhold = useOutOfSightStore.getState().release();
    });
    expect(screen.getByText('Khen thưởng: Bắc Giang')).toBeInTheDocument();
    rerender(<Panel unit="Hà Nội" />);
    expect(screen.getByText('Khen thưởng: Hà Nội')).toBeInTheDocument();
    act(() => unhold());
    rerender(<Panel unit="Dương Kinh" />);
    expect(screen.getByText('Khen thưởng: Hà Nội')).toBeInTheDocument();
  });

  it('brings every panel up to date before a printout', () => {
    const { rerender } = render(<Panel unit="Hải Phòng" />);
    browserSkips(true);
    rerender(<Panel unit="Bắc Giang" />);
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText('Khen thưởng: Bắc Giang')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    rerender(<Panel unit="Hà Nội" />);
    expect(screen.getByText('Khen thưởng: Bắc Giang')).toBeInTheDocument();
  });
});
