import type { MessageKey } from '@/lib/i18n/messages';
import type { Params } from '@/lib/i18n/use-t';
import type { DraftWarning, DraftWarningCode } from './extract/types';

/** The catalogue key of a warning: every code has one (the type checks it). */
export function warningMessageKey(code: DraftWarningCode): MessageKey {
  return `import.warning.${code}`;
}

/** The key and values to show one warning of a draft in the current language. */
export function warningMessage(warning: DraftWarning): { key: MessageKey; params: Params } {
  return { key: warningMessageKey(warning.code), params: warning.params ?? {} };
}
