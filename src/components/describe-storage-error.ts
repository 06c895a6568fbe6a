import { LocalDbError } from '@/data/local-db';
import type { useT } from '@/lib/i18n/use-t';

type Translate = ReturnType<typeof useT>['t'];

/** Why the browser's storage refused a read or a write, and what the reader can do. */
export function describeStorageError(error: Error, t: Translate): string {
  if (!(error instanceof LocalDbError)) return t('storage.error.failed', { detail: error.message });
  return t(`storage.error.${error.kind}`, { detail: error.detail });
}
