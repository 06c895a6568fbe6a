import { DatasetLoadError } from '@/data/fetch-dataset';
import { useT } from '@/lib/i18n/use-t';

/** Says what failed and where, and offers a retry. */
export function DataError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useT();
  let detail = error.message;
  if (error instanceof DatasetLoadError) {
    const file = error.url;
    detail =
      error.kind === 'http'
        ? t('data.error.http', { status: error.status ?? '?', url: error.url })
        : error.kind === 'network'
          ? t('data.error.network', { url: error.url })
          : error.kind === 'json'
            ? t('data.error.json', { url: error.url, detail: error.detail })
            : t('data.error.format', { file, detail: error.detail });
  }
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
