import { DatasetLoadError } from '@/data/fetch-dataset';
import { useT } from '@/lib/i18n/use-t';

type Translate = ReturnType<typeof useT>['t'];

export function describeLoadError(error: Error, t: Translate): string {
  if (!(error instanceof DatasetLoadError)) return error.message;
  switch (error.kind) {
    case 'http':
      return t('data.error.http', { status: error.status ?? '?', url: error.url });
    case 'network':
      return t('data.error.network', { url: error.url });
    case 'json':
      return t('data.error.json', { url: error.url, detail: error.detail });
    case 'format':
      return t('data.error.format', { file: error.url, detail: error.detail });
  }
}

/** Says what failed and where, and offers a retry. */
export function DataError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useT();
  const detail = describeLoadError(error, t);
  return (
    <div role="alert" className="notice notice--error" data-testid="data-error">
      <h2>{t('data.error.title')}</h2>
      <p>{detail}</p>
      <button type="button" onClick={onRetry}>
        {t('data.retry')}
      </button>
    </div>
  );
}
