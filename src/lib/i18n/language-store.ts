import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { preferenceStorage } from '@/lib/preference-storage';
import type { Lang } from '@/domain/periods';

interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const useLanguageStore = create<LanguageState>()(
  persist((set) => ({ lang: 'vi', setLang: (lang) => set({ lang }) }), {
    name: 'qpdp.language',
    storage: createJSONStorage(() => preferenceStorage),
  }),
);
