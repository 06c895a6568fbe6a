import { useCallback } from 'react';
import type { LocalizedText } from '@/domain/schema/common';
import type { Lang } from '@/domain/periods';
import { useLanguageStore } from './language-store';
import { catalogs, type MessageKey } from './messages';

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The current language, a translator for catalogue keys and a picker for data's own texts. */
export function useT() {
  const lang = useLanguageStore((s) => s.lang);
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  const pick = useCallback((text: LocalizedText) => text[lang], [lang]);
  return { lang, t, pick };
}
