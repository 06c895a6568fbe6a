import { usePlotArea, useXAxisScale } from 'recharts';
import type { Report } from '@/domain/schema/report';

export interface ConferenceMark {
  bucket: string;
  reports: readonly Report[];
}

/**
 * A ▼ above each period that held conferences, with their count and, on hover, who met when.
 * Drawn from the chart's scale: one reference line per period cost a recharts item each.
 */
export function ConferenceMarks({
  marks,
  describe,
  formatCount,
}: {
  marks: readonly ConferenceMark[];
  describe: (reports: readonly Report[]) => string;
  /** In the reader's number format: a national year holds thousands of conferences. */
  formatCount: (count: number) => string;
}) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  return (
    <g className="conference-marks">
      {marks.map(({ bucket, reports }) => {
        const x = scale(bucket, { position: 'middle' });
        if (x === undefined) return null;
        return (
          <g key={bucket} transform={`translate(${x},${plot.y - 10})`}>
            <title>{describe(reports)}</title>
            <text textAnchor="middle" fontSize={14} fill="currentColor" className="conference-mark">
              ▼{reports.length > 1 ? formatCount(reports.length) : ''}
            </text>
          </g>
        );
      })}
    </g>
  );
}
