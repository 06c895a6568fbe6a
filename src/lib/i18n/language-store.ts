import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Lang } from '@/domain/periods';

interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const useLanguageStore = create<LanguageState>()(
  persist((set) => ({ lang: 'vi', setLang: (lang) => set({ lang }) }), {
    name: 'qpdp.language',
  }),
);
