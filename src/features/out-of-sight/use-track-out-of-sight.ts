import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { useOutOfSightStore } from './out-of-sight-store';

/**
 * Lets the panels far from the view be held while `active` (a large dataset), and brings every
 * panel up to date for a printout.
 */
export function useTrackOutOfSight(active: boolean) {
  useEffect(() => {
    const { setActive, release } = useOutOfSightStore.getState();
    setActive(active);
    let releasedForPrint: (() => void) | undefined;
    const beforePrint = () => {
      // Synchronously: the printout is laid out as soon as this handler returns.
      flushSync(() => {
        releasedForPrint = release();
      });
    };
    const afterPrint = () => {
      releasedForPrint?.();
      releasedForPrint = undefined;
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      afterPrint();
      setActive(false);
    };
  }, [active]);
}
