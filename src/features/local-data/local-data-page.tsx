import { useState } from 'react';
import { Link } from 'react-router';
import { DataError } from '@/components/data-error';
import { DataLoading } from '@/components/data-loading';
import { describeStorageError } from '@/components/describe-storage-error';
import { FilePicker } from '@/components/ui/file-picker';
import { useDataset } from '@/data/dataset-queries';
import type { LocalWrite } from '@/data/local-report-writes';
import { importChanges, type ImportMode, type ImportPlan } from '@/domain/local/import-plan';
import { localDatasetFile } from '@/domain/local/local-file';
import { downloadBlob } from '@/features/export/download';
import { formatDate, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { ImportPreview } from './import-preview';
import { useUndoableWrite } from './use-undoable-write';
import { MAX_IMPORT_BYTES, readImportFile, type ImportFileError } from './read-import-file';

const today = () => new Date().toISOString().slice(0, 10);

/** The reports added in this browser: list, edit, delete, and move them in and out as one file. */
export function LocalDataPage() {
  const { t, lang } = useT();
  const dataset = useDataset();
  const undoable = useUndoableWrite();
  const writes = undoable.status;
  const [mode, setMode] = useState<ImportMode>('merge');
  const [pending, setPending] = useState<{ plan: ImportPlan; fileName: string } | null>(null);
  const [fileError, setFileError] = useState<ImportFileError | null>(null);

  if (dataset.isPending)
    return (
      <DataLoading failureCount={dataset.failureCount} failureReason={dataset.failureReason} />
    );
  if (dataset.isError)
    return <DataError error={dataset.error} onRetry={() => void dataset.refetch()} />;
  const { index, localEntries, localError } = dataset.data;

  const writeWithUndo = (change: LocalWrite, message: string) =>
    undoable.write(change, localEntries, message);

  const exportAll = () => {
    const file = localDatasetFile(localEntries, index.units, today());
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    downloadBlob(blob, `qpdp-bao-cao-cuc-bo_${today()}.json`);
  };

  const openFile = async (file: File) => {
    setPending(null);
    setFileError(null);
    if (file.size > MAX_IMPORT_BYTES)
      return setFileError({ kind: 'too-large', file: file.name, bytes: file.size });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return setFileError({ kind: 'unreadable', file: file.name, detail });
    }
    const result = readImportFile(text, file.name, mode, {
      units: index.dataset.units,
      builtinReports: index.dataset.reports.filter((r) => !index.localReportIds.has(r.id)),
      local: localEntries,
      savedAt: new Date().toISOString(),
    });
    if ('error' in result) setFileError(result.error);
    else setPending({ plan: result.plan, fileName: file.name });
  };

  const fileErrorText = (error: ImportFileError) =>
    error.kind === 'too-large'
      ? t('local.error.tooLarge', {
          file: error.file,
          size: formatNumber(Math.round(error.bytes / 1e6), lang),
        })
      : t(`local.error.${error.kind}`, { file: error.file, detail: error.detail });

  return (
    <section className="local-data" aria-labelledby="local-title">
      <h2 id="local-title">
        {t('local.title', { count: formatNumber(localEntries.length, lang) })}
      </h2>
      <p className="muted">{t('local.intro')}</p>
      {localError && (
        <p className="notice notice--error" role="alert">
          {t('local.unreadable', { reason: describeStorageError(localError, t) })}
        </p>
      )}
      <div className="local-data__actions">
        <Link className="button button--primary" to="/add">
          {t('add.nav')}
        </Link>
        <button type="button" disabled={localEntries.length === 0} onClick={exportAll}>
          {t('local.export', { count: formatNumber(localEntries.length, lang) })}
        </button>
        <fieldset className="local-data__mode">
          <legend>{t('local.modeLegend')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="import-mode"
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              {t(`local.mode.${m}`)}
            </label>
          ))}
        </fieldset>
        <FilePicker
          label={t('local.importFile')}
          accept=".json,application/json"
          onFile={(f) => void openFile(f)}
        />
      </div>
      {fileError && (
        <p className="notice notice--error" role="alert">
          {fileErrorText(fileError)}
        </p>
      )}
      {writes.isError && (
        <p className="notice notice--error" role="alert">
          {t('review.saveFailed', { reason: describeStorageError(writes.error, t) })}
        </p>
      )}
      {pending && (
        <ImportPreview
          key={pending.fileName + pending.plan.mode}
          plan={pending.plan}
          fileName={pending.fileName}
          unitsById={index.units.byId}
          busy={writes.isPending}
          onCancel={() => setPending(null)}
          onConfirm={(chosen) => {
            const changes = importChanges(pending.plan, chosen);
            void writeWithUndo(
              changes,
              t('local.imported', { added: changes.put.length, removed: changes.remove.length }),
            ).then(
              () => setPending(null),
              () => undefined,
            );
          }}
        />
      )}
      {localEntries.length === 0 ? (
        <p>{t('local.empty')}</p>
      ) : (
        <table className="data-table local-data__table">
          <caption className="visually-hidden">{t('local.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('local.col.report')}</th>
              <th scope="col">{t('local.col.date')}</th>
              <th scope="col">{t('local.col.unit')}</th>
              <th scope="col">{t('local.col.facts')}</th>
              <th scope="col">{t('local.col.saved')}</th>
              <th scope="col">{t('local.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {localEntries.map(({ report, facts, savedAt }) => (
              <tr key={report.id}>
                <td>
                  {index.localReportIds.has(report.id) ? (
                    <Link to={`/reports/${report.id}`}>{report.title[lang]}</Link>
                  ) : (
                    <span>
                      {report.title[lang]} <em>({t('local.notShown')})</em>
                    </span>
                  )}
                </td>
                <td>{formatDate(report.date, lang)}</td>
                <td>{index.units.byId.get(report.unitId)?.name[lang] ?? report.unitId}</td>
                <td>{formatNumber(facts.length, lang)}</td>
                <td>{formatDate(savedAt.slice(0, 10), lang)}</td>
                <td>
                  <Link to={`/add/${report.id}`}>{t('local.edit')}</Link>{' '}
                  <button
                    type="button"
                    aria-label={t('local.delete', { title: report.title[lang] })}
                    onClick={() =>
                      void writeWithUndo(
                        { remove: [report.id] },
                        t('local.deleted', { title: report.title[lang] }),
                      ).catch(() => undefined)
                    }
                  >
                    {t('local.deleteShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
