import type { Lang } from '@/domain/periods';
import { catalogs, type MessageKey } from '@/lib/i18n/messages';

/** The short name a panel's files carry ("Tuyển quân"), or its title when it has none. */
export function panelExportName(id: string, title: string, lang: Lang): string {
  const key = `export.name.${id}`;
  return key in catalogs[lang] ? catalogs[lang][key as MessageKey] : title;
}
