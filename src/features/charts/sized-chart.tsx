import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * What a chart is drawn at when its box measures nothing: in jsdom, or while hidden. Recharts'
 * own `responsive` mode reads `width: '100%'` as 100 then.
 */
const UNMEASURED_WIDTH = 100;

/**
 * A chart as wide as its box and exactly `height` tall, drawn at that size in the same render.
 *
 * Recharts' `responsive` mode learns a new height from a ResizeObserver, a task after the
 * render that changed it: a chart whose height follows its rows (one bar per unit) showed its
 * new bars in its old height for a frame, then drew itself again. Here only the width is
 * observed, and it changes with the layout, not with the data.
 */
export function SizedChart({
  height,
  children,
}: {
  height: number;
  children: (size: { width: number; height: number }) => ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Unknown until measured, before the first paint: the chart is drawn once, at its width.
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    setWidth(Math.round(element.getBoundingClientRect().width));
    // A box hidden (a panel with nothing to draw keeps its chart, hidden) measures 0: the chart
    // keeps its width, so that it shows again at once at the right one.
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="sized-chart" style={{ height }}>
      {width !== null && children({ width: width || UNMEASURED_WIDTH, height })}
    </div>
  );
}
