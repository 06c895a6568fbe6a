import { useMemo } from 'react';
import { Tooltip } from 'recharts';
import { ChartPanel } from '@/components/chart-panel';
import { FactRows } from '@/domain/aggregate/fact-rows';
import {
  educationSummary,
  type EducationGroup,
  type EducationRow,
} from '@/domain/aggregate/education';
import { topN } from '@/domain/aggregate/top-n';
import { educationGroups } from '@/domain/schema/fact';
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

type Series = EducationGroup | 'cadres';

export function EducationChart({ index, facts, subtitle, onUnitClick }: ChartProps) {
  const { t, lang } = useT();
  const summary = useMemo(() => educationSummary(facts), [facts]);
  const rows = summary.rows;
  const unitName = (id: string) => index.units.byId.get(id)?.name[lang] ?? id;
  const seriesLabel = (s: Series) =>
    s === 'cadres' ? t('education.cadres') : targetGroupLabels[s][lang];
  const valueOf = (row: EducationRow, s: Series) =>
    s === 'cadres' ? row.cadresTrained : row.byGroup[s];
  const series: Series[] = [...educationGroups, 'cadres'].filter((s) =>
    rows.some((r) => valueOf(r, s as Series) !== undefined),
  ) as Series[];
  const { rows: shown, othersCount } = topN(
    rows,
    TOP_UNITS,
    (r) => r.total,
    (rest): EducationRow => ({
      unitId: '',
      byGroup: Object.fromEntries(
        educationGroups.map((g) => [g, rest.reduce((s, r) => s + (r.byGroup[g] ?? 0), 0)]),
      ) as EducationRow['byGroup'],
      cadresTrained: rest.reduce((s, r) => s + (r.cadresTrained ?? 0), 0),
      total: rest.reduce((s, r) => s + r.total, 0),
      facts: new FactRows(
        facts.table,
        () =>
          FactRows.union(
            facts.table,
            rest.map((r) => r.facts),
          ).rows,
        rest.reduce((n, r) => n + r.facts.length, 0),
      ),
    }),
  );
  const data = shown.map((row) => ({
    label: row.unitId ? unitName(row.unitId) : t('charts.others', { count: othersCount }),
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
      empty={rows.length === 0}
      chart={
        <>
          <NameBarChart data={data} nameWidth={180} lang={lang}>
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
        rows,
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
              {t('charts.topNote', { shown: TOP_UNITS - 1, count: othersCount })}
            </p>
          )}
        </>
      }
    />
  );
}
