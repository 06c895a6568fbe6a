import { useMemo } from 'react';
import { Tooltip } from 'recharts';
import { ChartPanel } from '@/components/chart-panel';
import {
  educationSummary,
  type EducationGroup,
  type EducationRow,
} from '@/domain/aggregate/education';
import { educationGroupColors } from '@/lib/chart-theme';
import { formatNumber } from '@/lib/format';
import { targetGroupLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import { TOP_UNITS, type ChartProps } from './chart-props';
import { TooltipBox } from './chart-tooltip';
import { panelSources, sourceLine } from './source-line';
import { ConflictNotes } from './conflict-notes';
import { NameBarChart } from './name-bar-chart';
import { SeriesLegend } from './series-legend';
import { ChartBars } from './chart-bars';
import { valueAxisRange } from './bar-geometry';

type Series = EducationGroup | 'cadres';

export function EducationChart({ index, facts, subtitle, onUnitClick }: ChartProps) {
  const { t, lang } = useT();
  const summary = useMemo(() => educationSummary(facts), [facts]);
  const unitName = (id: string) => index.units.byId.get(id)?.name[lang] ?? id;
  const seriesLabel = (s: Series) =>
    s === 'cadres' ? t('education.cadres') : targetGroupLabels[s][lang];
  const valueOf = (row: EducationRow, s: Series) =>
    s === 'cadres' ? row.cadresTrained : row.byGroup[s];
  const series: Series[] = [...summary.groups, ...(summary.hasCadres ? ['cadres' as const] : [])];
  const { rows: shown, othersCount } = useMemo(() => summary.top(TOP_UNITS), [summary]);
  const data = shown.map((row) => ({
    label: row.unitId
      ? unitName(row.unitId)
      : t('charts.others', { count: formatNumber(othersCount, lang) }),
    row,
    ...Object.fromEntries(series.map((s) => [s, valueOf(row, s)])),
  }));
  const seriesStyles = series.map((s) => ({
    key: s,
    name: seriesLabel(s),
    fill: educationGroupColors[s],
  }));
  const cell = (value: number | undefined) =>
    value === undefined ? t('charts.notReportedShort') : formatNumber(value, lang);

  return (
    <ChartPanel
      id="education"
      title={t('education.title')}
      subtitle={subtitle}
      empty={shown.length === 0}
      chart={
        <>
          <NameBarChart
            data={data}
            nameWidth={180}
            lang={lang}
            range={valueAxisRange(data, seriesStyles, true)}
          >
            <Tooltip
              includeHidden
              content={({ active, payload }) => {
                const row =
                  (payload?.[0]?.payload as { row?: EducationRow; label?: string } | undefined) ??
                  {};
                return (
                  <TooltipBox
                    active={active}
                    title={row.label}
                    lines={
                      row.row
                        ? [
                            ...series.map(
                              (s) =>
                                `${seriesLabel(s)}: ${cell(valueOf(row.row as EducationRow, s))}`,
                            ),
                            `${t('charts.source')}: ${sourceLine(index, row.row.facts, lang)}`,
                          ]
                        : []
                    }
                  />
                );
              }}
            />
            <ChartBars
              data={data}
              categoryKey="label"
              layout="vertical"
              stacked
              series={seriesStyles}
              onBarClick={(datum) => {
                if (datum.row.unitId) onUnitClick(datum.row.unitId);
              }}
            />
          </NameBarChart>
          <SeriesLegend series={seriesStyles} />
        </>
      }
      sources={panelSources(index, () => summary.counted.reportIds(), lang)}
      data={{
        // Every unit, sorted when the table is shown or exported.
        get rows() {
          return summary.rows;
        },
        rowKey: (r) => r.unitId,
        columns: [
          { key: 'unit', header: t('charts.unit'), value: (r) => unitName(r.unitId) },
          ...series.map((s) => ({
            key: s,
            header: seriesLabel(s),
            numeric: true,
            value: (r: EducationRow) => valueOf(r, s),
          })),
          { key: 'total', header: t('education.total'), numeric: true, value: (r) => r.total },
        ],
      }}
      notes={
        <>
          <p className="muted small">{t('charts.clickToFilter')}</p>
          <ConflictNotes conflicts={summary.disputes} index={index} />
          {othersCount > 0 && (
            <p className="muted small">
              {t('charts.topNote', {
                shown: TOP_UNITS - 1,
                count: formatNumber(othersCount, lang),
              })}
            </p>
          )}
        </>
      }
    />
  );
}
