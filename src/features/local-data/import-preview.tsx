import { useState } from 'react';
import { RejectedList } from '@/components/rejected-list';
import { importable, type ImportAction, type ImportPlan } from '@/domain/local/import-plan';
import type { Unit } from '@/domain/schema/unit';
import { formatDate, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

interface ImportPreviewProps {
  plan: ImportPlan;
  fileName: string;
  unitsById: ReadonlyMap<string, Unit>;
  busy: boolean;
  onConfirm: (chosen: ReadonlySet<string>) => void;
  onCancel: () => void;
}

/** What an import will change, report by report, before anything is written. */
export function ImportPreview({
  plan,
  fileName,
  unitsById,
  busy,
  onConfirm,
  onCancel,
}: ImportPreviewProps) {
  const { t, lang } = useT();
  const [chosen, setChosen] = useState(
    () => new Set(plan.rows.filter((r) => r.selectedByDefault).map((r) => r.entry.report.id)),
  );
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const count = plan.rows.filter(
    (r) => importable(r.action) && chosen.has(r.entry.report.id),
  ).length;
  const actionText = (action: ImportAction, otherId?: string) =>
    t(`local.action.${action}`, { other: otherId ?? '' });

  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">
        {t('local.previewTitle', { file: fileName, mode: t(`local.mode.${plan.mode}`) })}
      </h3>
      {plan.rows.length === 0 ? (
        <p>{t('local.previewEmpty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('local.import')}</th>
              <th scope="col">{t('local.col.report')}</th>
              <th scope="col">{t('local.col.date')}</th>
              <th scope="col">{t('local.col.unit')}</th>
              <th scope="col">{t('local.col.facts')}</th>
              <th scope="col">{t('local.col.change')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map(({ entry, action, otherId }) => {
              const { report } = entry;
              return (
                <tr key={report.id} data-action={action}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('local.choose', { title: report.title[lang] })}
                      disabled={!importable(action)}
                      checked={importable(action) && chosen.has(report.id)}
                      onChange={(e) => toggle(report.id, e.target.checked)}
                    />
                  </td>
                  <td>{report.title[lang]}</td>
                  <td>{formatDate(report.date, lang)}</td>
                  <td>{unitsById.get(report.unitId)?.name[lang] ?? report.unitId}</td>
                  <td>{formatNumber(entry.facts.length, lang)}</td>
                  <td>{actionText(action, otherId)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {plan.removed.length > 0 && (
        <div className="notice notice--error">
          <p>{t('local.willRemove', { count: formatNumber(plan.removed.length, lang) })}</p>
          <ul>
            {plan.removed.map((e) => (
              <li key={e.report.id}>
                {e.report.title[lang]} ({formatDate(e.report.date, lang)})
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.rejected.length > 0 && (
        <div className="notice">
          <p>{t('local.rejected', { count: formatNumber(plan.rejected.length, lang) })}</p>
          <RejectedList records={plan.rejected} />
        </div>
      )}
      <div className="import-preview__actions">
        <button
          type="button"
          className="button--primary"
          disabled={busy || (count === 0 && plan.removed.length === 0)}
          onClick={() => onConfirm(chosen)}
        >
          {t('local.confirm', { count })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('review.cancel')}
        </button>
      </div>
    </section>
  );
}
