import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { isPanelId } from '@/features/views/panel-ids';
import { useOutOfSightStore } from './out-of-sight-store';

/**
 * Follows which panels the browser skips drawing (it tells, for content-visibility: auto, with
 * contentvisibilityautostatechange) and brings every panel up to date for a printout.
 */
export function useTrackOutOfSight() {
  useEffect(() => {
    const { setSkipped, release } = useOutOfSightStore.getState();
    const onStateChange = (event: Event) => {
      const panel = (event.target as Element).getAttribute('data-panel');
      if (panel && isPanelId(panel))
        setSkipped(panel, (event as ContentVisibilityAutoStateChangeEvent).skipped);
    };
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
    // Captured: the event does not bubble.
    document.addEventListener('contentvisibilityautostatechange', onStateChange, true);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      document.removeEventListener('contentvisibilityautostatechange', onStateChange, true);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      afterPrint();
    };
  }, []);
}
