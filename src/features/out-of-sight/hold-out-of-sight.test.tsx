import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATCH_UP_AFTER_MS, HoldOutOfSight } from './hold-out-of-sight';
import { useOutOfSightStore } from './out-of-sight-store';
import { useTrackOutOfSight } from './use-track-out-of-sight';

function Panel({ unit }: { unit: string }) {
  useTrackOutOfSight(true);
  return (
    <HoldOutOfSight panel="awards" filterKey={unit}>
      <section data-panel="awards">Khen thưởng: {unit}</section>
    </HoldOutOfSight>
  );
}

/** The page's one IntersectionObserver, as the browser would drive it. */
let reportDistance: ((entries: Partial<IntersectionObserverEntry>[]) => void) | undefined;
class FakeIntersectionObserver {
  constructor(callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    reportDistance = callback;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);

/** The panel moves more than a screen away from the view, or comes back near it. */
function movesAway(far: boolean) {
  act(() => reportDistance!([{ target: hold(), isIntersecting: !far }]));
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

  it('keeps what it showed while far from the view, says it is behind, and catches up once changes rest', () => {
    const { rerender } = render(<Panel unit="Hải Phòng" />);
    movesAway(true);
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
    // Still far: the next change is held again.
    rerender(<Panel unit="Dương Kinh" />);
    expect(screen.getByText('Khen thưởng: Hà Nội')).toBeInTheDocument();
  });

  it('catches up at once when it comes near the view again', () => {
    const { rerender } = render(<Panel unit="Hải Phòng" />);
    movesAway(true);
    rerender(<Panel unit="Bắc Giang" />);
    movesAway(false);
    expect(screen.getByText('Khen thưởng: Bắc Giang')).toBeInTheDocument();
    expect(hold()).not.toHaveAttribute('data-out-of-sight');
  });

  it('is current for as long as a release (an export of every panel) is held', () => {
    const { rerender } = render(<Panel unit="Hải Phòng" />);
    movesAway(true);
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
    movesAway(true);
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
