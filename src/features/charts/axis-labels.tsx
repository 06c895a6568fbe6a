import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { PlainTick } from './plain-tick';

/** Recharts' tick line (6 px) and the margin after it (2 px). */
const TICK = 6;
const MARGIN = 2;

const anchors = {
  left: { textAnchor: 'end', verticalAnchor: 'middle' },
  bottom: { textAnchor: 'middle', verticalAnchor: 'start' },
  top: { textAnchor: 'middle', verticalAnchor: 'end' },
} as const;

interface AxisLabelsProps<V extends string | number> {
  /** Where the axis runs: down the left of the plot, or along its bottom or top. */
  side: 'left' | 'bottom' | 'top';
  /** The values labelled: the names of a category axis, or a count axis's ticks. */
  values: readonly V[];
  axisId?: string;
  format?: (value: V) => string;
  /** Room for a label, which breaks a long name over two lines. */
  width?: number;
  /** Names are set smaller than counts, which take the chart's size. */
  fontSize?: number;
}

/**
 * An axis's labels and tick lines, placed from the chart's own scale. Recharts' ticks copied
 * the axis's every prop and bound its every event for each label: the name and count axes of
 * the four bar charts were about a fifth of a national filter change.
 */
export function AxisLabels<V extends string | number>({
  side,
  values,
  axisId,
  format = String,
  width,
  fontSize,
}: AxisLabelsProps<V>) {
  const down = side === 'left';
  const xScale = useXAxisScale(down ? undefined : axisId);
  const yScale = useYAxisScale(down ? axisId : undefined);
  const scale = down ? yScale : xScale;
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const edge = side === 'left' ? plot.x : side === 'top' ? plot.y : plot.y + plot.height;
  const outwards = side === 'bottom' ? 1 : -1;
  return (
    <g className={`axis-labels axis-labels--${side}`}>
      {values.map((value, index) => {
        const at = scale(value, { position: 'middle' });
        if (at === undefined) return null;
        const off = edge + outwards * (TICK + MARGIN);
        const [x, y] = down ? [off, at] : [at, off];
        return (
          <g key={index}>
            <line
              stroke="#666"
              {...(down
                ? { x1: edge + outwards * TICK, x2: edge, y1: at, y2: at }
                : { x1: at, x2: at, y1: edge, y2: edge + outwards * TICK })}
            />
            <PlainTick
              x={x}
              y={y}
              index={index}
              payload={{ value: format(value), coordinate: at, index, offset: 0 }}
              {...anchors[side]}
              width={width}
              fontSize={fontSize}
            />
          </g>
        );
      })}
    </g>
  );
}
