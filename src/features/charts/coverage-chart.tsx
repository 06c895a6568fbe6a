import { useMemo } from 'react';
import { ChartPanel } from '@/components/chart-panel';
import { coverageSummary, type CoverageRow } from '@/domain/aggregate/coverage';
import { periodLabel } from '@/domain/periods';
import { formatDate, formatNumber } from '@/lib/format';
import { okabeIto } from '@/lib/chart-theme';
import { reportKindLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import { COVERAGE_ROWS, type ChartProps } from './chart-props';
import { panelSources } from './source-line';

const ROW = 30;
const LABEL = 190;
const WIDTH = 760;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/**
 * Beyond this, a row draws its unbroken stretches rather than a bar per report: a national
 * strip would otherwise hold thousands of bars (and as many hover texts) that touch anyway.
 */
const SPANS_DRAWN_ONE_BY_ONE = 12;

/** A hand-drawn Gantt strip: recharts has no good shape for spans with holes. */
export function CoverageChart({ index, reports, subtitle, onUnitClick }: ChartProps) {
  const { t, lang } = useT();
  const summary = useMemo(() => coverageSummary(reports), [reports]);
  const unitName = (id: string) => index.units.byId.get(id)?.name[lang] ?? id;
  const drawn = useMemo(() => summary.most(COVERAGE_ROWS), [summary]);
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const row of drawn)
    for (const { period } of row.spans) {
      firstYear = Math.min(firstYear, Number(period.start.slice(0, 4)));
      lastYear = Math.max(lastYear, Number(period.end.slice(0, 4)));
    }
  const from = time(`${firstYear}-01-01`);
  const to = time(`${lastYear + 1}-01-01`);
  const x = (iso: string) => LABEL + ((time(iso) - from) / (to - from)) * (WIDTH - LABEL - 10);
  const years = Array.from({ length: lastYear - firstYear + 2 }, (_, i) => firstYear + i);
  const height = drawn.length * ROW + 40;
  // A bar per report, or per unbroken stretch in a crowded row.
  const barsOf = (row: CoverageRow) =>
    row.spans.length > SPANS_DRAWN_ONE_BY_ONE
      ? row.runs.map((run) => ({
          key: run.start,
          start: run.start,
          end: run.end,
          title: t('coverage.run', {
            unit: unitName(row.unitId),
            start: formatDate(run.start, lang),
            end: formatDate(run.end, lang),
            count: formatNumber(run.count, lang),
          }),
        }))
      : row.spans.map((span) => ({
          key: span.reportId,
          start: span.period.start,
          end: span.period.end,
          title: `${unitName(row.unitId)} · ${periodLabel(span.period, lang)} · ${span.kinds
            .map((k) => reportKindLabels[k][lang])
            .join(', ')}`,
        }));
  const spansText = (row: CoverageRow) =>
    row.spans.map((s) => periodLabel(s.period, lang)).join(', ');
  const gapsText = (row: CoverageRow) =>
    row.gaps.length === 0
      ? t('coverage.none')
      : row.gaps.map((g) => `${formatDate(g.start, lang)} – ${formatDate(g.end, lang)}`).join(', ');
  const barsByRow = drawn.map(barsOf);
  // What is drawn, as words: a crowded row by its stretches, as its bars (a national row
  // listed every one of its ~180 periods, some 5,000 labels in one attribute per change).
  const drawnText = drawn
    .map((row, i) =>
      row.spans.length > SPANS_DRAWN_ONE_BY_ONE
        ? barsByRow[i]!.map((bar) => bar.title).join(', ')
        : `${unitName(row.unitId)} – ${spansText(row)}`,
    )
    .join('; ');

  return (
    <ChartPanel
      id="coverage"
      title={t('coverage.title')}
      subtitle={subtitle}
      empty={summary.unitCount === 0}
      chart={
        <>
          <div className="coverage-chart__scroll">
            <svg
              className="coverage-chart"
              data-export-image
              viewBox={`0 0 ${WIDTH} ${height}`}
              width="100%"
              role="img"
              aria-label={`${t('coverage.title')}: ${drawnText}`}
            >
              {years.map((year) => (
                <g key={year}>
                  <line
                    x1={x(`${year}-01-01`)}
                    x2={x(`${year}-01-01`)}
                    y1={20}
                    y2={height}
                    stroke="var(--border)"
                  />
                  {year <= lastYear && (
                    <text
                      x={x(`${year}-07-01`)}
                      y={14}
                      textAnchor="middle"
                      fontSize={12}
                      fill="currentColor"
                    >
                      {year}
                    </text>
                  )}
                </g>
              ))}
              {drawn.map((row, i) => {
                const y = 28 + i * ROW;
                return (
                  <g key={row.unitId}>
                    <text
                      x={LABEL - 8}
                      y={y + 14}
                      textAnchor="end"
                      fontSize={12}
                      fill="currentColor"
                      className="coverage-chart__unit"
                      onClick={() => onUnitClick(row.unitId)}
                    >
                      {unitName(row.unitId)}
                    </text>
                    {row.gaps.map((gap) => (
                      <rect
                        key={gap.start}
                        x={x(gap.start)}
                        y={y + 8}
                        width={Math.max(x(gap.end) - x(gap.start), 1)}
                        height={4}
                        fill={okabeIto.vermillion}
                        opacity={0.6}
                      >
                        <title>
                          {t('coverage.gap', {
                            start: formatDate(gap.start, lang),
                            end: formatDate(gap.end, lang),
                          })}
                        </title>
                      </rect>
                    ))}
                    {barsByRow[i]!.map((bar) => (
                      <rect
                        key={bar.key}
                        x={x(bar.start)}
                        y={y}
                        width={Math.max(x(bar.end) - x(bar.start), 3)}
                        height={20}
                        rx={3}
                        fill={okabeIto.blue}
                        className="coverage-chart__span"
                        onClick={() => onUnitClick(row.unitId)}
                      >
                        <title>{bar.title}</title>
                      </rect>
                    ))}
                  </g>
                );
              })}
            </svg>
          </div>
          <ul className="chart-legend" aria-hidden="true">
            <li data-legend-item>
              <svg width="24" height="12">
                <rect width="24" height="12" rx="3" fill={okabeIto.blue} />
              </svg>{' '}
              {t('coverage.spans')}
            </li>
            <li data-legend-item>
              <svg width="24" height="12">
                <rect y="4" width="24" height="4" fill={okabeIto.vermillion} opacity={0.6} />
              </svg>{' '}
              {t('coverage.gaps')}
            </li>
          </ul>
        </>
      }
      sources={panelSources(
        index,
        () => reports.flatMap((r) => (r.periodReviewed ? [r.id] : [])),
        lang,
      )}
      data={{
        // One row per unit, built only when the table is shown or exported.
        get rows() {
          return summary.rows();
        },
        rowKey: (r) => r.unitId,
        columns: [
          { key: 'unit', header: t('charts.unit'), value: (r) => unitName(r.unitId) },
          {
            key: 'spans',
            header: t('coverage.spans'),
            value: spansText,
            sortValue: (r) => r.spans[0]?.period.start,
          },
          {
            key: 'gaps',
            header: t('coverage.gaps'),
            // ISO intervals in the data, so a spreadsheet reads them as dates.
            value: (r) => r.gaps.map((g) => `${g.start}/${g.end}`).join('; '),
            render: gapsText,
            sortValue: (r) => r.gaps.length,
          },
        ],
      }}
      notes={
        <>
          <p className="muted small">{t('charts.clickToFilter')}</p>
          {drawn.length < summary.unitCount && (
            <p className="muted small">
              {t('coverage.topNote', {
                shown: drawn.length,
                count: formatNumber(summary.unitCount, lang),
              })}
            </p>
          )}
        </>
      }
    />
  );
}
