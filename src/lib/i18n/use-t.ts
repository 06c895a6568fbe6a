import { useCallback } from 'react';
import type { LocalizedText } from '@/domain/schema/common';
import type { Lang } from '@/domain/periods';
import { useLanguageStore } from './language-store';
import { catalogs, type MessageKey } from './messages';

export type Params = Record<string, string | number>;

/** A message split at its placeholders: odd places hold the names ("{count}" → "count"). */
const templates = new Map<string, string[]>();

/**
 * A catalogue message with its placeholders filled; a placeholder without a value stays as
 * written. Each message is split once: a filter change at national scale fills thousands.
 */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = catalogs[lang][key];
  let parts = templates.get(message);
  if (!parts) templates.set(message, (parts = message.split(/\{(\w+)\}/)));
  if (parts.length === 1) return message;
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return text;
}

/** The current language, a translator for catalogue keys and a picker for data's own texts. */
export function useT() {
  const lang = useLanguageStore((s) => s.lang);
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  const pick = useCallback((text: LocalizedText) => text[lang], [lang]);
  return { lang, t, pick };
}
