import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { Lang } from '@/domain/periods';
import { countAxisProps, countLabel, nameAxisProps } from './axis-props';
import type { valueAxisRange } from './bar-geometry';
import { barRowHeight } from './chart-props';
import { AxisLabels } from './axis-labels';
import { SizedChart } from './sized-chart';

/** Horizontal bars, one row per name (a unit, an issuer), counted along the bottom. */
export function NameBarChart<T extends { label: string }>({
  data,
  nameWidth,
  lang,
  range,
  children,
}: {
  data: T[];
  nameWidth: number;
  lang: Lang;
  /** The count axis's domain and ticks, from `valueAxisRange` over the bars drawn. */
  range: ReturnType<typeof valueAxisRange>;
  children: ReactNode;
}) {
  return (
    <SizedChart height={data.length * barRowHeight + 60}>
      {(size) => (
        <BarChart
          {...size}
          layout="vertical"
          data={data}
          // Room on the right for the last count's label (recharts' default margin is 5).
          margin={{ top: 5, right: 24, bottom: 5, left: 5 }}
          accessibilityLayer
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <YAxis {...nameAxisProps(nameWidth)} />
          <AxisLabels
            side="left"
            values={data.map((d) => d.label)}
            width={nameWidth}
            fontSize={12}
          />
          <XAxis {...countAxisProps} {...range} />
          <AxisLabels side="bottom" values={range.ticks} format={countLabel(lang)} />
          {children}
        </BarChart>
      )}
    </SizedChart>
  );
}
