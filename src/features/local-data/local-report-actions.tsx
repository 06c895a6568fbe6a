import { Link, useNavigate } from 'react-router';
import { describeStorageError } from '@/components/describe-storage-error';
import { useToastStore } from '@/lib/toast-store';
import { undoOf, useLocalReportWrites } from '@/data/local-report-writes';
import type { LocalEntry } from '@/domain/schema/local-entry';
import { useT } from '@/lib/i18n/use-t';

/** Edit or delete a report added in this browser; a deletion can be undone from the toast. */
export function LocalReportActions({
  entry,
  all,
}: {
  entry: LocalEntry;
  all: readonly LocalEntry[];
}) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const writes = useLocalReportWrites();
  const showToast = useToastStore((s) => s.show);
  const remove = () => {
    const write = { remove: [entry.report.id] };
    const before = [...all];
    writes.mutate(write, {
      onSuccess: () => {
        showToast({
          tone: 'info',
          message: t('local.deleted', { title: entry.report.title[lang] }),
          action: {
            label: t('toast.undo'),
            run: () =>
              writes.mutateAsync(undoOf(write, before)).then(
                () => {
                  showToast({ tone: 'info', message: t('toast.undone') });
                  navigate(`/reports/${entry.report.id}`);
                },
                (error: Error) =>
                  showToast({ tone: 'error', message: describeStorageError(error, t) }),
              ),
          },
        });
        navigate('/local');
      },
    });
  };
  return (
    <span className="local-actions">
      <Link to={`/add/${entry.report.id}`}>{t('local.edit')}</Link>{' '}
      <button
        type="button"
        aria-label={t('local.delete', { title: entry.report.title[lang] })}
        onClick={remove}
        disabled={writes.isPending}
      >
        {t('local.deleteShort')}
      </button>
      {writes.isError && (
        <span role="alert" className="field__error">
          {' '}
          {describeStorageError(writes.error, t)}
        </span>
      )}
    </span>
  );
}
