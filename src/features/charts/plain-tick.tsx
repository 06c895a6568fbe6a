import type { BaseTickContentProps } from 'recharts';
import { CHAR_EM, tickLines } from './tick-lines';

export type TickProps = Partial<BaseTickContentProps> & { fontSize?: number | string };

/**
 * An axis label drawn as plain SVG text. Recharts' own tick wraps words by measuring each
 * one in the DOM, in the render of every update; a long label here is broken by its length
 * instead, and keeps its full text as a hover title.
 */
export function PlainTick({
  x = 0,
  y = 0,
  index = 0,
  payload,
  textAnchor = 'middle',
  verticalAnchor = 'middle',
  fill = 'currentColor',
  fontSize,
  width,
  tickFormatter,
  className,
}: TickProps) {
  const value: unknown = payload?.value;
  const text = tickFormatter ? tickFormatter(value, index) : String(value ?? '');
  const size = Number.parseFloat(String(fontSize ?? 12)) || 12;
  // The axis's width less its tick line and margin.
  const room = Number(width) - 10;
  const lines = room > 0 ? tickLines(text, Math.floor(room / (size * CHAR_EM))) : [text];
  // Where the first line's baseline sits, as recharts' Text places it for each anchor.
  const first =
    verticalAnchor === 'start'
      ? 0.71
      : verticalAnchor === 'middle'
        ? 0.355 - (lines.length - 1) / 2
        : -(lines.length - 1);
  const cut = lines.length > 1 || lines[0] !== text;
  return (
    <g className="plain-tick">
      {cut && <title>{text}</title>}
      <text
        x={x}
        y={y}
        textAnchor={textAnchor}
        fill={fill}
        fontSize={fontSize}
        className={className}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={`${i === 0 ? first : 1}em`}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
