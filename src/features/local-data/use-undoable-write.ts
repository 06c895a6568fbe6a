import { describeStorageError } from '@/components/describe-storage-error';
import { undoOf, useLocalReportWrites, type LocalWrite } from '@/data/local-report-writes';
import type { LocalEntry } from '@/domain/schema/local-entry';
import { useT } from '@/lib/i18n/use-t';
import { useToastStore } from '@/lib/toast-store';

/**
 * A write to the local reports that says it is done and offers to take it back. The promise
 * rejects when the write fails (the mutation's error says why); nothing is half written.
 */
export function useUndoableWrite() {
  const { t } = useT();
  const writes = useLocalReportWrites();
  const showToast = useToastStore((s) => s.show);
  const write = async (
    change: LocalWrite,
    before: readonly LocalEntry[],
    message: string,
    afterUndo?: () => void,
  ) => {
    await writes.mutateAsync(change);
    showToast({
      tone: 'info',
      message,
      action: {
        label: t('toast.undo'),
        run: () =>
          writes.mutateAsync(undoOf(change, before)).then(
            () => {
              showToast({ tone: 'info', message: t('toast.undone') });
              afterUndo?.();
            },
            (error: Error) => showToast({ tone: 'error', message: describeStorageError(error, t) }),
          ),
      },
    });
  };
  return { write, status: writes };
}
