import { create } from 'zustand';
import type { PanelId } from '@/features/views/panel-ids';

interface OutOfSightState {
  /** Panels whose contents the browser skips drawing (content-visibility: auto, far from view). */
  skipped: Partial<Record<PanelId, true>>;
  /** Releases taken (an export of every panel, a printout): while any is held, every panel is current. */
  releases: number;
  setSkipped: (panel: PanelId, skipped: boolean) => void;
  /** Brings every panel up to date until the returned function is called. */
  release: () => () => void;
}

export const useOutOfSightStore = create<OutOfSightState>()((set) => ({
  skipped: {},
  releases: 0,
  setSkipped: (panel, skipped) =>
    set((s) => {
      if (Boolean(s.skipped[panel]) === skipped) return s;
      const next = { ...s.skipped };
      if (skipped) next[panel] = true;
      else delete next[panel];
      return { skipped: next };
    }),
  release: () => {
    set((s) => ({ releases: s.releases + 1 }));
    let done = false;
    return () => {
      if (done) return;
      done = true;
      set((s) => ({ releases: s.releases - 1 }));
    };
  },
}));

/** Whether a panel may keep what it last drew: the browser skips it and nothing needs it current. */
export const useHolding = (panel: PanelId) =>
  useOutOfSightStore((s) => s.releases === 0 && s.skipped[panel] === true);
