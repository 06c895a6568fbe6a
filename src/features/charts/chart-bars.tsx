import { Line, useXAxisScale, useYAxisScale } from 'recharts';
import { barGeometry, placeBar, valuesOf, type BarSlot } from './bar-geometry';

export interface BarSeriesStyle {
  /** The field of each datum that holds this series' value. */
  key: string;
  name: string;
  fill: string;
  stroke?: string;
  opacity?: number;
  /** The value axis it is read against, when a chart has more than one. */
  axisId?: string;
}

type Datum = object;

interface ChartBarsProps<T extends Datum, S extends BarSeriesStyle> {
  data: readonly T[];
  /** The field of each datum that the category axis shows. */
  categoryKey: keyof T & string;
  series: readonly S[];
  /** Recharts' word: 'vertical' lays the categories down the side and runs bars across. */
  layout: 'horizontal' | 'vertical';
  stacked?: boolean;
  onBarClick?: (datum: T, series: S) => void;
}

/**
 * The bars of a recharts chart drawn as plain rectangles from the chart's own scales.
 * Recharts' <Bar> builds several components, selectors and event props for every rectangle,
 * which made a filter change cost ~30-130 ms per chart; this draws the same bars in a few ms.
 * Recharts knows nothing of the bars: their value axis takes its range from `valueAxisRange`,
 * and one hidden line with no figures gives the tooltip its row (so the charts' tooltips take
 * `includeHidden`). A hidden <Bar> per series, kept for that until session 12, still worked
 * out every rectangle of its series on each change.
 */
export function ChartBars<T extends Datum, S extends BarSeriesStyle>({
  data,
  categoryKey,
  series,
  layout,
  stacked = false,
  onBarClick,
}: ChartBarsProps<T, S>) {
  const slots = barGeometry(valuesOf(data, series), stacked);
  const categories = data.map((d) => (d as Record<string, unknown>)[categoryKey]);
  const firstAxis = series[0]?.axisId;
  return (
    <>
      <Line
        dataKey={noFigure}
        hide
        legendType="none"
        dot={false}
        activeDot={false}
        isAnimationActive={false}
        {...(firstAxis !== undefined &&
          (layout === 'vertical' ? { xAxisId: firstAxis } : { yAxisId: firstAxis }))}
      />
      {[...new Set(series.map((s) => s.axisId))].map((axisId) => (
        <AxisBars
          key={axisId ?? ''}
          axisId={axisId}
          layers={series.flatMap((s, i) =>
            s.axisId === axisId
              ? [
                  {
                    series: s,
                    slots: slots[i]!,
                    onClick: onBarClick && ((row: number) => onBarClick(data[row]!, s)),
                  },
                ]
              : [],
          )}
          categories={categories}
          layout={layout}
        />
      ))}
    </>
  );
}

/** The tooltip's anchor line reads no figure: a constant, so recharts sees the same prop. */
const noFigure = () => 0;

interface SeriesLayer {
  series: BarSeriesStyle;
  slots: readonly (BarSlot | undefined)[];
  onClick: ((row: number) => void) | undefined;
}

/**
 * Every series read against one value axis, in one component: each store update of recharts
 * runs every subscriber's selectors, and a component per series made a stacked chart of ten
 * series subscribe twenty times.
 */
function AxisBars({
  axisId,
  layers,
  categories,
  layout,
}: {
  axisId: string | undefined;
  layers: readonly SeriesLayer[];
  categories: readonly unknown[];
  layout: 'horizontal' | 'vertical';
}) {
  const across = layout === 'vertical';
  const xScale = useXAxisScale(across ? axisId : undefined);
  const yScale = useYAxisScale(across ? undefined : axisId);
  const categoryScale = across ? yScale : xScale;
  const valueScale = across ? xScale : yScale;
  if (!categoryScale || !valueScale) return null;
  const bands = categories.map((category) => {
    const start = categoryScale(category, { position: 'start' });
    const end = categoryScale(category, { position: 'end' });
    return start === undefined || end === undefined ? undefined : ([start, end] as const);
  });
  return layers.map(({ series, slots, onClick }) => (
    <g
      key={series.key}
      className="chart-bars"
      fill={series.fill}
      stroke={series.stroke}
      opacity={series.opacity}
      cursor={onClick ? 'pointer' : undefined}
      onClick={
        onClick &&
        ((event) => {
          const row = (event.target as Element).getAttribute('data-row');
          if (row !== null) onClick(Number(row));
        })
      }
    >
      {slots.map((slot, row) => {
        const band = bands[row];
        if (!slot || !band) return null;
        const from = valueScale(slot.from);
        const to = valueScale(slot.to);
        if (from === undefined || to === undefined) return null;
        return (
          <rect
            key={row}
            className="chart-bar"
            data-row={row}
            {...placeBar(slot, band, [from, to], across)}
          />
        );
      })}
    </g>
  ));
}
