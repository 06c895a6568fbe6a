import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { preferenceStorage } from '@/lib/preference-storage';

/** "system" follows the operating system; "dark" suits projectors in lit rooms poorly and dark rooms well. */
export type Theme = 'system' | 'light' | 'dark';

interface ThemeState {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

export const useThemeStore = create<ThemeState>()(
  persist((set) => ({ theme: 'system', setTheme: (theme) => set({ theme }) }), {
    name: 'qpdp.theme',
    storage: createJSONStorage(() => preferenceStorage),
  }),
);
