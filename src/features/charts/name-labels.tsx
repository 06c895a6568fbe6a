import { usePlotArea, useYAxisScale } from 'recharts';
import { PlainTick } from './plain-tick';

/** Where recharts ends a left axis's label: its tick line (6 px) and margin (2 px) before the plot. */
const LABEL_GAP = 8;

/**
 * The names down the side of a bar chart (units, issuers), placed from its category scale.
 * Recharts' own ticks copied the axis's every prop and bound its every event for each name,
 * about a tenth of a national period change across the three name charts.
 */
export function NameLabels({ names, width }: { names: readonly string[]; width: number }) {
  const scale = useYAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  return (
    <g className="name-labels">
      {names.map((name, index) => {
        const y = scale(name, { position: 'middle' });
        if (y === undefined) return null;
        return (
          <PlainTick
            key={index}
            x={plot.x - LABEL_GAP}
            y={y}
            index={index}
            payload={{ value: name, coordinate: y, index, offset: 0 }}
            textAnchor="end"
            width={width}
            fontSize={12}
          />
        );
      })}
    </g>
  );
}
