import { useMemo } from 'react';
import { CartesianGrid, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPanel } from '@/components/chart-panel';
import { recruitmentSummary, type RecruitmentRow } from '@/domain/aggregate/recruitment';
import { periodLabel } from '@/domain/periods';
import type { FactOf } from '@/domain/schema/fact';
import { okabeIto } from '@/lib/chart-theme';
import { formatNumber, formatPercent } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { barRowHeight, TOP_UNITS, type ChartProps } from './chart-props';
import { SizedChart } from './sized-chart';
import { TooltipBox } from './chart-tooltip';
import { panelSources, sourceLine } from './source-line';
import { ConflictNotes } from './conflict-notes';
import { recruitmentTable } from './recruitment-table';
import { countAxisProps, countLabel, nameAxisProps, percentLabel } from './axis-props';
import { SeriesLegend } from './series-legend';
import { AxisLabels } from './axis-labels';
import { ChartBars } from './chart-bars';
import { percentTicks, tallestBar, valueAxisRange } from './bar-geometry';

interface Datum {
  key: string;
  unitId: string | null;
  label: string;
  enlisted: number | undefined;
  pct: number | undefined;
  row: RecruitmentRow | null;
}

export function RecruitmentChart({ index, facts, subtitle, onUnitClick }: ChartProps) {
  const { t, lang } = useT();
  const summary = useMemo(() => recruitmentSummary(facts), [facts]);
  const table = useMemo(() => recruitmentTable(index, summary, lang), [index, summary, lang]);
  const unitName = (id: string) => index.units.byId.get(id)?.name[lang] ?? id;
  const values = (list: FactOf<'recruitment'>[], format: (n: number) => string) =>
    list.length === 0
      ? t('charts.notReportedShort')
      : list.map((f) => format(f.value as number)).join(' / ');
  const sources = (row: RecruitmentRow) =>
    sourceLine(index, [...row.enlisted, ...row.quotaCompletionPct], lang);

  // Enlisted on the count axis below, completion on the percent axis above.
  const series = [
    { key: 'enlisted', axis: 'count', name: t('recruitment.enlisted'), fill: okabeIto.blue },
    { key: 'pct', axis: 'pct', name: t('recruitment.quota'), fill: okabeIto.orange },
  ] as const;
  const onAxis = (axis: 'count' | 'pct') => series.filter((s) => s.axis === axis);
  const top = useMemo(() => summary.top(TOP_UNITS), [summary]);
  const othersCount = top.othersCount;
  const shown: Datum[] = top.rows.map((row) => ({
    key: `${row.unitId}|${row.period.start}|${row.period.end}`,
    unitId: row.unitId,
    label: `${unitName(row.unitId)} · ${periodLabel(row.period, lang)}`,
    enlisted: row.enlisted[0]?.value ?? undefined,
    pct: row.quotaCompletionPct[0]?.value ?? undefined,
    row,
  }));
  if (othersCount > 0)
    shown.push({
      key: 'others',
      unitId: null,
      label: t('charts.others', { count: formatNumber(othersCount, lang) }),
      enlisted: top.othersEnlisted,
      pct: undefined,
      row: null,
    });

  const countRange = valueAxisRange(shown, onAxis('count'), false);
  const pctTicks = percentTicks(tallestBar(shown, onAxis('pct'), false));

  return (
    <ChartPanel
      id="recruitment"
      title={t('recruitment.title')}
      subtitle={subtitle}
      empty={summary.groupCount === 0}
      chart={
        <>
          <SizedChart height={shown.length * barRowHeight + 60}>
            {(size) => (
              <BarChart
                {...size}
                layout="vertical"
                data={shown}
                margin={{ left: 8, right: 24 }}
                accessibilityLayer
              >
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <YAxis {...nameAxisProps(220)} />
                <AxisLabels
                  side="left"
                  values={shown.map((d) => d.label)}
                  width={220}
                  fontSize={12}
                />
                <XAxis xAxisId="count" orientation="bottom" {...countAxisProps} {...countRange} />
                <AxisLabels
                  side="bottom"
                  axisId="count"
                  values={countRange.ticks}
                  format={countLabel(lang)}
                />
                <XAxis
                  xAxisId="pct"
                  orientation="top"
                  {...countAxisProps}
                  domain={[0, pctTicks[pctTicks.length - 1]!]}
                  ticks={pctTicks}
                  allowDataOverflow
                />
                <AxisLabels side="top" axisId="pct" values={pctTicks} format={percentLabel(lang)} />
                <Tooltip
                  includeHidden
                  content={({ active, payload }) => {
                    const datum = payload?.[0]?.payload as Datum | undefined;
                    const row = datum?.row;
                    return (
                      <TooltipBox
                        active={active}
                        title={datum?.label}
                        lines={
                          row
                            ? [
                                `${t('recruitment.enlisted')}: ${values(row.enlisted, (n) => formatNumber(n, lang))}`,
                                `${t('recruitment.quota')}: ${values(row.quotaCompletionPct, (n) => formatPercent(n, lang))}`,
                                `${t('charts.source')}: ${sources(row)}`,
                              ]
                            : []
                        }
                      />
                    );
                  }}
                />
                <ChartBars
                  data={shown}
                  categoryKey="label"
                  layout="vertical"
                  series={series.map((figure) => ({ ...figure, axisId: figure.axis }))}
                  onBarClick={(datum) => {
                    if (datum.unitId) onUnitClick(datum.unitId);
                  }}
                />
              </BarChart>
            )}
          </SizedChart>
          <SeriesLegend series={series} />
        </>
      }
      data={table}
      sources={panelSources(index, () => summary.facts.reportIds(), lang)}
      notes={
        <>
          <p className="muted small">{t('charts.clickToFilter')}</p>
          {othersCount > 0 && (
            <p className="muted small">
              {t('charts.topNote', {
                shown: TOP_UNITS - 1,
                count: formatNumber(othersCount, lang),
              })}
            </p>
          )}
          <ConflictNotes conflicts={summary.disputes} index={index} />
        </>
      }
    />
  );
}
