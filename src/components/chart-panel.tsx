import { useId, useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { AbbrText } from './ui/abbr-text';
import { DataTable } from './ui/data-table';
import type { TableModel } from './ui/table-model';

interface ChartPanelProps<T> {
  id: string;
  title: string;
  /** The active filters, so a screenshot or a printout says what it shows. */
  subtitle: string;
  chart: ReactNode;
  /** The numbers behind the chart: the table view is drawn from them. */
  data?: TableModel<T>;
  /** A table view of the panel's own making, for a panel that gives no `data`. */
  table?: ReactNode;
  /** Shown under the chart: conflicts, what "not reported" means, top-N notes. */
  notes?: ReactNode;
  empty?: boolean;
}

/** A self-contained panel: title, filter subtitle, chart or table view, notes. */
export function ChartPanel<T>({
  id,
  title,
  subtitle,
  chart,
  data,
  table,
  notes,
  empty,
}: ChartPanelProps<T>) {
  const { t } = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const headingId = useId();
  return (
    <section className="chart-panel panel" aria-labelledby={headingId} data-panel={id}>
      <header className="chart-panel__header">
        <div>
          <h3 id={headingId}>
            <AbbrText text={title} />
          </h3>
          <p className="chart-panel__subtitle muted">{subtitle}</p>
        </div>
        {!empty && (
          <div className="chart-panel__views" role="group" aria-label={t('charts.view')}>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              {t('charts.viewChart')}
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {t('charts.viewTable')}
            </button>
          </div>
        )}
      </header>
      {empty ? (
        <p className="muted">{t('charts.notReported')}</p>
      ) : view === 'chart' ? (
        chart
      ) : data ? (
        <DataTable {...data} caption={data.caption ?? `${title} — ${subtitle}`} />
      ) : (
        table
      )}
      {notes && <div className="chart-panel__notes">{notes}</div>}
    </section>
  );
}
