import { useEffect, useState } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { describeLoadError } from './describe-load-error';

interface DataLoadingProps {
  failureCount: number;
  failureReason: Error | null;
}

/** Loading that tells the truth: how long it has taken, and which attempts failed and why. */
export function DataLoading({ failureCount, failureReason }: DataLoadingProps) {
  const { t } = useT();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div role="status" className="loading" data-testid="data-loading">
      <progress aria-label={t('data.loading')} />
      <span>{t('data.loading')}</span>
      {seconds >= 2 && <span className="muted">{t('data.loadingFor', { seconds })}</span>}
      {failureCount > 0 && failureReason && (
        <p className="muted">
          {t('data.retrying', {
            attempt: failureCount,
            reason: describeLoadError(failureReason, t),
          })}
        </p>
      )}
    </div>
  );
}
