import type { ReactNode } from 'react';

interface TooltipBoxProps {
  active?: boolean;
  title: string | undefined;
  lines: ReactNode[];
}

/** The box a chart shows on hover: what the mark is, its figures and where they come from. */
export function TooltipBox({ active, title, lines }: TooltipBoxProps) {
  if (!active || !title) return null;
  return (
    <div className="chart-tooltip">
      <strong>{title}</strong>
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}
