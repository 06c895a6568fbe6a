import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPanel } from '@/components/chart-panel';
import { DataTable } from '@/components/ui/data-table';
import { awardsByIssuer, type AwardRow } from '@/domain/aggregate/awards';
import { awardKindColors } from '@/lib/chart-theme';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { barRowHeight, type ChartProps } from './chart-props';
import { TooltipBox } from './chart-tooltip';
import { sourceLine } from './source-line';
import { ConflictNotes } from './conflict-notes';

export function AwardsChart({ index, facts, subtitle, onUnitClick }: ChartProps) {
  const { t, lang } = useT();
  const rows = useMemo(() => awardsByIssuer(facts), [facts]);
  const data = rows.map((row) => ({
    label: row.issuer[lang],
    collective: row.collective,
    individual: row.individual,
    row,
  }));
  const clickIssuer = (bar: { payload?: unknown }) => {
    const unitId = (bar.payload as { row: AwardRow }).row.facts[0]?.issuerUnitId;
    if (unitId) onUnitClick(unitId);
  };
  return (
    <ChartPanel
      id="awards"
      title={t('awards.title')}
      subtitle={subtitle}
      empty={rows.length === 0}
      chart={
        <BarChart
          responsive
          layout="vertical"
          data={data}
          style={{ width: '100%', height: data.length * barRowHeight + 90 }}
          accessibilityLayer
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 12 }} />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={(v: number) => formatNumber(v, lang)}
          />
          <Tooltip
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
          <Legend />
          <Bar
            dataKey="collective"
            name={t('awards.collective')}
            stackId="a"
            fill={awardKindColors.collective}
            cursor="pointer"
            onClick={clickIssuer}
          />
          <Bar
            dataKey="individual"
            name={t('awards.individual')}
            stackId="a"
            fill={awardKindColors.individual}
            cursor="pointer"
            onClick={clickIssuer}
          />
        </BarChart>
      }
      table={
        <DataTable
          caption={`${t('awards.title')} — ${subtitle}`}
          rows={rows}
          rowKey={(r) => r.issuer.vi}
          sortLabel={(column) => t('charts.sortBy', { column })}
          columns={[
            {
              key: 'issuer',
              header: t('awards.issuer'),
              sortValue: (r) => r.issuer[lang],
              render: (r) => r.issuer[lang],
            },
            {
              key: 'collective',
              header: t('awards.collective'),
              numeric: true,
              sortValue: (r) => r.collective,
              render: (r) => formatNumber(r.collective, lang),
            },
            {
              key: 'individual',
              header: t('awards.individual'),
              numeric: true,
              sortValue: (r) => r.individual,
              render: (r) => formatNumber(r.individual, lang),
            },
            {
              key: 'titles',
              header: t('awards.titles'),
              sortValue: (r) => r.titles[0]?.[lang],
              render: (r) => r.titles.map((x) => x[lang]).join(', '),
            },
          ]}
        />
      }
      notes={
        <>
          <p className="muted small">{t('charts.clickToFilter')}</p>
          <ConflictNotes facts={rows.flatMap((r) => r.facts)} index={index} />
        </>
      }
    />
  );
}
