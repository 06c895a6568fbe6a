import { z } from '@/lib/zod';
import { create } from 'zustand';
import { reportingStorage } from '@/lib/reporting-storage';
import { createJSONStorage, persist } from 'zustand/middleware';
import { panelIds, type PanelId } from './panel-ids';
import { mergeViews, savedViewSchema, type SavedView } from './saved-view';

interface ViewState {
  saved: SavedView[];
  /** The panels shown and presented, in order. */
  panels: PanelId[];
  setPanels: (panels: PanelId[]) => void;
  saveView: (view: SavedView) => void;
  deleteView: (name: string) => void;
  importViews: (views: readonly SavedView[]) => { added: number; skipped: number };
}

export const allPanels: PanelId[] = [...panelIds];

/** Why the last save did not reach the browser's storage (quota, private mode), if it did not. */
export const useViewStorageError = create<{ error: string | null }>()(() => ({ error: null }));

const viewStorage = reportingStorage((error) => useViewStorageError.setState({ error }));

const persistedSchema = z.object({
  saved: z.array(z.unknown()).catch([]),
  panels: z.array(z.enum(panelIds)).min(1).catch(allPanels),
});

export const useViewStore = create<ViewState>()(
  persist(
    (set, get) => ({
      saved: [],
      panels: allPanels,
      setPanels: (panels) => set({ panels: panels.length > 0 ? panels : allPanels }),
      saveView: (view) =>
        set((s) => ({ saved: [...s.saved.filter((v) => v.name !== view.name), view] })),
      deleteView: (name) => set((s) => ({ saved: s.saved.filter((v) => v.name !== name) })),
      importViews: (views) => {
        const { views: merged, added, skipped } = mergeViews(get().saved, views);
        set({ saved: merged });
        return { added, skipped };
      },
    }),
    {
      name: 'qpdp.views',
      version: 1,
      storage: createJSONStorage(() => viewStorage),
      partialize: (s) => ({ saved: s.saved, panels: s.panels }),
      // What another version or a hand edit left in storage is checked; bad entries are dropped.
      merge: (persisted, current) => {
        const parsed = persistedSchema.safeParse(persisted);
        if (!parsed.success) return current;
        const saved = parsed.data.saved.flatMap((v) => {
          const view = savedViewSchema.safeParse(v);
          return view.success ? [view.data] : [];
        });
        return { ...current, saved, panels: parsed.data.panels };
      },
    },
  ),
);
