import { useT } from '@/lib/i18n/use-t';
import { describeLoadError } from './describe-load-error';

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
