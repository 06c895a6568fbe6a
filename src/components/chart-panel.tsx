import { useId, useRef, useState, type ReactNode } from 'react';
import type { LegendEntry } from '@/features/export/compose-svg';
import { ExportMenu } from '@/features/export/export-menu';
import { useRegisterExport } from '@/features/export/export-registry';
import { usePanelExport } from '@/features/export/panel-export';
import type { RenderImage, SourceList } from '@/features/export/panel-image';
import { panelExportName } from '@/features/export/panel-names';
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
  /** The numbers behind the chart: the table view and the CSV export are both drawn from them. */
  data?: TableModel<T>;
  /** A table view of the panel's own making, for a panel that gives no `data` (and no CSV). */
  table?: ReactNode;
  /** Shown under the chart: conflicts, what "not reported" means, top-N notes. */
  notes?: ReactNode;
  empty?: boolean;
  /** The reports behind the numbers ("03/04/2024 · <title>"), for exported images. */
  sources?: SourceList;
  /**
   * Export hook for a panel whose picture is not an SVG chart (the map): draws the picture
   * an exported PNG or SVG shows, framed by title, filters, legend, sources and date (see
   * `RenderImage`). Without it, the recharts SVG on screen (or an `svg[data-export-image]`)
   * is exported, with the legend read from the page. A panel gets an export menu once it
   * gives `data` or `renderImage`.
   */
  renderImage?: RenderImage;
  /** The legend drawn under a `renderImage` picture; default: the chart's `[data-legend-item]`s. */
  exportLegend?: readonly LegendEntry[];
}

/** A self-contained panel: title, filter subtitle, chart or table view, notes, export menu. */
export function ChartPanel<T>({
  id,
  title,
  subtitle,
  chart,
  data,
  table,
  notes,
  empty,
  sources = [],
  renderImage,
  exportLegend,
}: ChartPanelProps<T>) {
  const { t, lang } = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const exporter = usePanelExport({
    id,
    name: panelExportName(id, title, lang),
    title,
    subtitle,
    sources,
    panel: panelRef,
    chart: chartRef,
    noImage: empty,
    renderImage,
    legend: exportLegend,
    table: empty ? undefined : data,
  });
  // The last chart drawn stays mounted, hidden, while the selection has nothing to draw: a
  // change back to figures then updates it, where a recharts chart built from nothing took
  // ~20 ms (on the real data, a district with the awards and education its neighbours lack).
  const [lastDrawn, setLastDrawn] = useState<ReactNode>(null);
  if (!empty && chart !== lastDrawn) setLastDrawn(chart);
  const drawn = empty ? lastDrawn : chart;
  const exportable = Boolean(data || renderImage);
  useRegisterExport(exportable ? exporter : null);
  const inTable = view === 'table';
  return (
    <section
      ref={panelRef}
      className="chart-panel panel"
      aria-labelledby={headingId}
      data-panel={id}
    >
      <header className="chart-panel__header">
        <div>
          <h3 id={headingId}>
            <AbbrText text={title} />
          </h3>
          <p className="chart-panel__subtitle muted">{subtitle}</p>
        </div>
        <div className="chart-panel__actions">
          {!empty && (
            <div className="chart-panel__views" role="group" aria-label={t('charts.view')}>
              <button type="button" aria-pressed={!inTable} onClick={() => setView('chart')}>
                {t('charts.viewChart')}
              </button>
              <button type="button" aria-pressed={inTable} onClick={() => setView('table')}>
                {t('charts.viewTable')}
              </button>
            </div>
          )}
          {exportable && !empty && <ExportMenu exporter={exporter} />}
        </div>
      </header>
      {empty && <p className="muted">{t('charts.notReported')}</p>}
      {drawn !== null && (
        // Kept drawn, off screen, in the table view: exports and "download all" draw from it.
        <div
          ref={chartRef}
          className={inTable ? 'chart-panel__chart chart-panel__chart--away' : 'chart-panel__chart'}
          aria-hidden={inTable || undefined}
          inert={inTable || undefined}
          hidden={empty || undefined}
        >
          {drawn}
        </div>
      )}
      {!empty &&
        inTable &&
        (data ? <DataTable {...data} caption={data.caption ?? `${title} — ${subtitle}`} /> : table)}
      {notes && <div className="chart-panel__notes">{notes}</div>}
    </section>
  );
}
