import { useEffect, useState } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { useToastStore } from '@/lib/toast-store';

const SHOW_FOR_MS = 15_000;

export function ToastHost() {
  const { t } = useT();
  const toast = useToastStore((s) => s.toast);
  const dismiss = useToastStore((s) => s.dismiss);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => dismiss(toast.id), SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className="toast-host" role="status" aria-live="polite">
      {toast && (
        <div className={`toast toast--${toast.tone}`} data-testid="toast">
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await toast.action?.run();
                } finally {
                  setBusy(false);
                  dismiss(toast.id);
                }
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" aria-label={t('toast.close')} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
