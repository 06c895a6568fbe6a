import { useMemo } from 'react';
import { Tooltip } from 'recharts';
import { ChartPanel } from '@/components/chart-panel';
import { awardSummary, type AwardRow } from '@/domain/aggregate/awards';
import type { FactOf } from '@/domain/schema/fact';
import { topN } from '@/domain/aggregate/top-n';
import { awardKindColors } from '@/lib/chart-theme';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { TOP_UNITS, type ChartProps } from './chart-props';
import { TooltipBox } from './chart-tooltip';
import { panelSources, sourceLine } from './source-line';
import { ConflictNotes } from './conflict-notes';
import { NameBarChart } from './name-bar-chart';
import { SeriesLegend } from './series-legend';
import { ChartBars } from './chart-bars';
import { valueAxisRange } from './bar-geometry';

export function AwardsChart({ index, facts, subtitle, onUnitClick }: ChartProps) {
  const { t, lang } = useT();
  const summary = useMemo(() => awardSummary(facts), [facts]);
  const rows = summary.rows;
  const { rows: data, othersCount } = topN(
    rows.map((row) => ({
      label: row.issuer[lang],
      collective: row.collective,
      individual: row.individual,
      row: row as AwardRow | null,
    })),
    TOP_UNITS,
    (d) => d.collective + d.individual,
    (rest) => ({
      label: t('awards.others', { count: formatNumber(rest.length, lang) }),
      collective: rest.reduce((s, d) => s + d.collective, 0),
      individual: rest.reduce((s, d) => s + d.individual, 0),
      row: null,
    }),
  );
  const series = (['collective', 'individual'] as const).map((kind) => ({
    key: kind,
    name: t(`awards.${kind}`),
    fill: awardKindColors[kind],
  }));
  const clickIssuer = (datum: { row: AwardRow | null }) => {
    const first = datum.row?.facts.slice(0, 1)[0];
    const unitId = (first as FactOf<'awards'> | undefined)?.issuerUnitId;
    if (unitId) onUnitClick(unitId);
  };
  return (
    <ChartPanel
      id="awards"
      title={t('awards.title')}
      subtitle={subtitle}
      empty={rows.length === 0}
      chart={
        <>
          <NameBarChart
            data={data}
            nameWidth={200}
            lang={lang}
            range={valueAxisRange(data, series, true)}
          >
            <Tooltip
              includeHidden
              content={({ active, payload }) => {
                const row = (payload?.[0]?.payload as { row?: AwardRow } | undefined)?.row;
                return (
                  <TooltipBox
                    active={active}
                    title={row?.issuer[lang]}
                    lines={
                      row
                        ? [
                            `${t('awards.collective')}: ${formatNumber(row.collective, lang)}`,
                            `${t('awards.individual')}: ${formatNumber(row.individual, lang)}`,
                            `${t('awards.titles')}: ${row.titles.map((x) => x[lang]).join(', ')}`,
                            `${t('charts.source')}: ${sourceLine(index, row.facts, lang)}`,
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
              series={series}
              onBarClick={clickIssuer}
            />
          </NameBarChart>
          <SeriesLegend series={series} />
        </>
      }
      sources={panelSources(index, () => summary.facts.reportIds(), lang)}
      data={{
        rows,
        rowKey: (r) => r.issuer.vi,
        columns: [
          { key: 'issuer', header: t('awards.issuer'), value: (r) => r.issuer[lang] },
          {
            key: 'collective',
            header: t('awards.collective'),
            numeric: true,
            value: (r) => r.collective,
          },
          {
            key: 'individual',
            header: t('awards.individual'),
            numeric: true,
            value: (r) => r.individual,
          },
          {
            key: 'titles',
            header: t('awards.titles'),
            value: (r) => r.titles.map((x) => x[lang]).join(', '),
            sortValue: (r) => r.titles[0]?.[lang],
          },
        ],
      }}
      notes={
        <>
          <p className="muted small">{t('charts.clickToFilter')}</p>
          <ConflictNotes conflicts={summary.disputes} index={index} />
          {othersCount > 0 && (
            <p className="muted small">
              {t('awards.topNote', {
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
