import { usePlotArea, useXAxisScale } from 'recharts';

export interface ConferenceMark {
  bucket: string;
  /** How many conferences the period held. */
  count: number;
  /** Who met when, shown on hover. */
  title: string;
}

/**
 * A ▼ above each period that held conferences, with their count and, on hover, who met when.
 * Drawn from the chart's scale: one reference line per period cost a recharts item each.
 */
export function ConferenceMarks({
  marks,
  formatCount,
}: {
  marks: readonly ConferenceMark[];
  /** In the reader's number format: a national year holds thousands of conferences. */
  formatCount: (count: number) => string;
}) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  return (
    <g className="conference-marks">
      {marks.map(({ bucket, count, title }) => {
        const x = scale(bucket, { position: 'middle' });
        if (x === undefined) return null;
        return (
          <g key={bucket} transform={`translate(${x},${plot.y - 10})`}>
            <title>{title}</title>
            <text textAnchor="middle" fontSize={14} fill="currentColor" className="conference-mark">
              ▼{count > 1 ? formatCount(count) : ''}
            </text>
          </g>
        );
      })}
    </g>
  );
}
