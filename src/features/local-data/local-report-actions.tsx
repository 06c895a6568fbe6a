import { Link, useNavigate } from 'react-router';
import { describeStorageError } from '@/components/describe-storage-error';
import type { LocalEntry } from '@/domain/schema/local-entry';
import { useT } from '@/lib/i18n/use-t';
import { useUndoableWrite } from './use-undoable-write';

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
  const undoable = useUndoableWrite();
  const writes = undoable.status;
  const remove = () => {
    const message = t('local.deleted', { title: entry.report.title[lang] });
    undoable
      .write({ remove: [entry.report.id] }, all, message, () =>
        navigate(`/reports/${entry.report.id}`),
      )
      .then(
        () => navigate('/local'),
        () => undefined,
      );
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
