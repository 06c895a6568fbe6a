import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import type { PanelId } from '@/features/views/panel-ids';
import { useHolding, useOutOfSightStore, watchDistance } from './out-of-sight-store';

interface Shown {
  children: ReactNode;
  filterKey: string;
}

/** How long the filters stay unchanged before the panels out of sight catch up. */
export const CATCH_UP_AFTER_MS = 250;

/**
 * Runs `task` once the filters have rested a moment and the browser is idle: one who clicks
 * through units in turn waits for none of the panels out of sight.
 */
function whenSettled(task: () => void): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(task, { timeout: 1_000 });
    else task();
  }, CATCH_UP_AFTER_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/**
 * At national scale a panel more than a screen from the view keeps what it last drew through a
 * filter change, so the change reaches the panels in sight first; the held panel catches up
 * once the filters rest and the browser is idle, or at once when it comes near. While
 * behind, it says so to assistive technology (aria-busy); for tests and the benchmark it names
 * the filter it shows (data-filter) and whether it is out of sight.
 */
export function HoldOutOfSight({
  panel,
  filterKey,
  children,
}: {
  panel: PanelId;
  /** The filter the current `children` show. */
  filterKey: string;
  children: ReactNode;
}) {
  const holding = useHolding(panel);
  const wrapper = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState<Shown | null>(null);
  // Adjusted while rendering (not in an effect) so that no frame shows the wrong one.
  if (holding && held === null) setHeld({ children, filterKey });
  if (!holding && held !== null) setHeld(null);
  const shown = holding && held ? held : { children, filterKey };
  const behind = shown.children !== children;

  useEffect(() => {
    if (!behind) return;
    // In a transition: a filter change that comes meanwhile interrupts the catching up.
    return whenSettled(() => startTransition(() => setHeld(null)));
  }, [behind, children]);

  useEffect(() => {
    const stop = wrapper.current ? watchDistance(panel, wrapper.current) : () => {};
    return () => {
      stop();
      useOutOfSightStore.getState().setFar(panel, false);
    };
  }, [panel]);

  return (
    <div
      ref={wrapper}
      className="out-of-sight-hold"
      data-hold={panel}
      data-filter={shown.filterKey}
      data-out-of-sight={holding || undefined}
      aria-busy={behind || undefined}
    >
      {shown.children}
    </div>
  );
}
