import { DatasetLoadError } from '@/data/fetch-dataset';
import type { useT } from '@/lib/i18n/use-t';

type Translate = ReturnType<typeof useT>['t'];

/** A load failure in the reader's language, naming the URL and what went wrong. */
export function describeLoadError(error: Error, t: Translate): string {
  if (!(error instanceof DatasetLoadError)) return error.message;
  switch (error.kind) {
    case 'http':
      return t('data.error.http', { status: error.status ?? '?', url: error.url });
    case 'network':
      return t('data.error.network', { url: error.url });
    case 'timeout':
      return t('data.error.timeout', { url: error.url, seconds: error.detail });
    case 'json':
      return t('data.error.json', { url: error.url, detail: error.detail });
    case 'format':
      return t('data.error.format', { file: error.url, detail: error.detail });
  }
}
