import type { Lang } from '@/domain/periods';
import { formatNumber } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n/messages';
import type { Params } from '@/lib/i18n/use-t';
import type { DraftWarning, DraftWarningCode } from './extract/types';

/** The catalogue key of a warning: every code has one (the type checks it). */
export function warningMessageKey(code: DraftWarningCode): MessageKey {
  return `import.warning.${code}`;
}

/** The key and values to show one warning of a draft in the current language, numbers as it writes them. */
export function warningMessage(
  warning: DraftWarning,
  lang: Lang = 'vi',
): { key: MessageKey; params: Params } {
  const params = Object.fromEntries(
    Object.entries(warning.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatNumber(value, lang) : value,
    ]),
  );
  return { key: warningMessageKey(warning.code), params };
}
