import { useMemo, useState } from 'react';
import { BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPanel } from '@/components/chart-panel';
import { AbbrText } from '@/components/ui/abbr-text';
import {
  conferencesByBucket,
  exercisesOverTime,
  type ExerciseBucket,
} from '@/domain/aggregate/exercises';
import { exerciseTypes, type ExerciseType, type FactOf } from '@/domain/schema/fact';
import type { Report } from '@/domain/schema/report';
import { exerciseColors, hatchId } from '@/lib/chart-theme';
import { formatDate, formatNumber } from '@/lib/format';
import { exerciseTypeLabels, reportKindLabels } from '@/lib/i18n/labels';
import { useT } from '@/lib/i18n/use-t';
import type { ChartProps } from './chart-props';
import { TooltipBox } from './chart-tooltip';
import { countAxisProps, countLabel } from './axis-props';
import { AxisLabels } from './axis-labels';
import { ChartBars } from './chart-bars';
import { valueAxisRange } from './bar-geometry';
import { ConferenceMarks } from './conference-marks';
import { panelSources } from './source-line';
import { SizedChart } from './sized-chart';

const statuses = ['done', 'planned'] as const;
const MARK_TITLES = 8;
/** Period labels the axis has room for: every second, third… period beyond it. */
const MAX_TICKS = 12;
/** A period's exercises listed on hover; a national year holds thousands. */
const TOOLTIP_LINES = 12;

export function ExercisesChart({
  index,
  facts,
  reports,
  subtitle,
  onExerciseTypeClick,
  selectedExerciseTypes,
}: ChartProps) {
  const { t, lang } = useT();
  const [granularity, setGranularity] = useState<'year' | 'quarter'>('year');
  const buckets = useMemo(() => exercisesOverTime(facts, granularity), [facts, granularity]);
  const present = exerciseTypes.filter((type) =>
    buckets.some((b) => b.counts[`${type}:done`] || b.counts[`${type}:planned`]),
  );
  const data = buckets.map((b) => ({ bucket: b.bucket, ...b.counts, source: b }));
  // One mark per period, not per conference: a national dataset holds thousands. Their hover
  // texts are made once per selection: recharts draws the marks two or three times a change.
  const conferenceMarks = useMemo(() => {
    const bucketSet = new Set(buckets.map((b) => b.bucket));
    const describeHeld = (held: readonly Report[]) =>
      held
        .slice(0, MARK_TITLES)
        .map((report) =>
          t('charts.conference', {
            unit: index.units.byId.get(report.unitId)?.name[lang] ?? report.unitId,
            kind: report.kinds.map((k) => reportKindLabels[k][lang]).join(', '),
            date: formatDate(report.date, lang),
          }),
        )
        .concat(
          held.length > MARK_TITLES ? [`… +${formatNumber(held.length - MARK_TITLES, lang)}`] : [],
        )
        .join('\n');
    return [...conferencesByBucket(reports, granularity)]
      .filter(([bucket]) => bucketSet.has(bucket))
      .map(([bucket, held]) => ({ bucket, count: held.length, title: describeHeld(held) }));
  }, [buckets, reports, granularity, index, lang, t]);
  const seriesLabel = (type: ExerciseType, status: (typeof statuses)[number]) =>
    `${exerciseTypeLabels[type][lang]} – ${t(status === 'done' ? 'exercises.done' : 'exercises.planned')}`;
  const series = present.flatMap((type) =>
    statuses.map((status) => ({
      type,
      key: `${type}:${status}`,
      name: seriesLabel(type, status),
      fill: status === 'done' ? exerciseColors[type] : `url(#${hatchId(exerciseColors[type])})`,
      stroke: exerciseColors[type],
      opacity: selectedExerciseTypes.length > 0 && !selectedExerciseTypes.includes(type) ? 0.35 : 1,
    })),
  );

  const countRange = valueAxisRange(data, series, true);
  const labelEvery = Math.ceil(data.length / MAX_TICKS);
  const labelledBuckets = buckets.flatMap((b, i) => (i % labelEvery === 0 ? [b.bucket] : []));

  return (
    <ChartPanel
      id="exercises"
      title={t('exercises.title')}
      subtitle={subtitle}
      empty={buckets.length === 0}
      chart={
        <>
          <label className="chart-control">
            {t('exercises.granularity')}{' '}
            <select
              value={granularity}
              onChange={(e) => setGranularity(e.target.value as 'year' | 'quarter')}
            >
              <option value="year">{t('slider.byYear')}</option>
              <option value="quarter">{t('slider.byQuarter')}</option>
            </select>
          </label>
          <SizedChart height={340}>
            {(size) => (
              <BarChart {...size} data={data} accessibilityLayer margin={{ top: 24 }}>
                <CartesianGrid vertical={false} strokeDasharray="3 3" />
                <XAxis dataKey="bucket" tick={false} tickLine={false} />
                <AxisLabels side="bottom" values={labelledBuckets} />
                <YAxis {...countAxisProps} {...countRange} />
                <AxisLabels side="left" values={countRange.ticks} format={countLabel(lang)} />
                <Tooltip
                  includeHidden
                  content={({ active, payload }) => {
                    const bucket = (
                      payload?.[0]?.payload as { source?: ExerciseBucket } | undefined
                    )?.source;
                    return (
                      <TooltipBox
                        active={active}
                        title={bucket?.bucket}
                        lines={[
                          ...(bucket?.facts.slice(0, TOOLTIP_LINES) ?? []).map((fact) => {
                            const f = fact as FactOf<'exercises'>;
                            const report = index.reportsById.get(f.reportId);
                            const unit = index.units.byId.get(f.unitId)?.name[lang] ?? f.unitId;
                            return `${seriesLabel(f.exerciseType, f.status === 'done' ? 'done' : 'planned')} · ${unit}${
                              report ? ` (${formatDate(report.date, lang)})` : ''
                            }`;
                          }),
                          ...(bucket && bucket.facts.length > TOOLTIP_LINES
                            ? [
                                t('exercises.more', {
                                  count: formatNumber(bucket.facts.length - TOOLTIP_LINES, lang),
                                }),
                              ]
                            : []),
                        ]}
                      />
                    );
                  }}
                />
                <ChartBars
                  data={data}
                  categoryKey="bucket"
                  layout="horizontal"
                  stacked
                  series={series}
                  onBarClick={(_, series) => onExerciseTypeClick(series.type)}
                />
                <ConferenceMarks
                  marks={conferenceMarks}
                  formatCount={(count) => formatNumber(count, lang)}
                />
              </BarChart>
            )}
          </SizedChart>
          <ul className="chart-legend" aria-label={t('exercises.legend')}>
            {present.map((type) => (
              <li key={type} data-legend-item>
                <button
                  type="button"
                  aria-pressed={selectedExerciseTypes.includes(type)}
                  onClick={() => onExerciseTypeClick(type)}
                >
                  <svg width="28" height="12" aria-hidden="true">
                    <rect width="13" height="12" fill={exerciseColors[type]} />
                    <rect
                      x="15"
                      width="13"
                      height="12"
                      fill={`url(#${hatchId(exerciseColors[type])})`}
                      stroke={exerciseColors[type]}
                    />
                  </svg>{' '}
                  <AbbrText text={exerciseTypeLabels[type][lang]} />
                </button>
              </li>
            ))}
          </ul>
        </>
      }
      sources={panelSources(index, () => buckets.flatMap((b) => b.facts.reportIds()), lang)}
      data={{
        rows: buckets,
        rowKey: (b) => b.bucket,
        columns: [
          { key: 'bucket', header: t('charts.period'), value: (b) => b.bucket },
          ...present.flatMap((type) =>
            statuses.map((status) => ({
              key: `${type}:${status}`,
              header: seriesLabel(type, status),
              numeric: true,
              value: (b: ExerciseBucket) => b.counts[`${type}:${status}`] ?? 0,
            })),
          ),
          { key: 'total', header: t('exercises.total'), numeric: true, value: (b) => b.total },
        ],
      }}
      notes={
        <>
          <p className="muted small">{t('exercises.plannedNote')}</p>
          <p className="muted small">
            {t('charts.conferencesLegend')} · {t('charts.clickToFilter')}
          </p>
        </>
      }
    />
  );
}
