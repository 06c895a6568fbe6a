import { create } from 'zustand';
import type { PanelId } from '@/features/views/panel-ids';

interface OutOfSightState {
  /** Whether panels may be held at all: on a large dataset only (see the dashboard). */
  active: boolean;
  /** Panels more than a screen away from the view. */
  far: Partial<Record<PanelId, true>>;
  /** Releases taken (an export of every panel, a printout): while any is held, every panel is current. */
  releases: number;
  setActive: (active: boolean) => void;
  setFar: (panel: PanelId, far: boolean) => void;
  /** Brings every panel up to date until the returned function is called. */
  release: () => () => void;
}

export const useOutOfSightStore = create<OutOfSightState>()((set) => ({
  active: false,
  far: {},
  releases: 0,
  setActive: (active) => set({ active }),
  setFar: (panel, far) =>
    set((s) => {
      if (Boolean(s.far[panel]) === far) return s;
      const next = { ...s.far };
      if (far) next[panel] = true;
      else delete next[panel];
      return { far: next };
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

/** Whether a panel may keep what it last drew: it is far from the view and nothing needs it current. */
export const useHolding = (panel: PanelId) =>
  useOutOfSightStore((s) => s.active && s.releases === 0 && s.far[panel] === true);

/**
 * A screen above and below the view: a panel nearer than that is kept current, so that even a
 * page-down jump lands on panels already up to date.
 */
const NEAR_MARGIN = '100% 0px';

let observer: IntersectionObserver | undefined;
const panelOf = new WeakMap<Element, PanelId>();

/** Follows how far `element` (the panel `panel` draws) is from the view, until the returned cleanup. */
export function watchDistance(panel: PanelId, element: Element): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  observer ??= new IntersectionObserver(
    (entries) => {
      const { setFar } = useOutOfSightStore.getState();
      for (const entry of entries) {
        const of = panelOf.get(entry.target);
        if (of) setFar(of, !entry.isIntersecting);
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  panelOf.set(element, panel);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    panelOf.delete(element);
  };
}
