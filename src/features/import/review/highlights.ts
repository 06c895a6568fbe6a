import type { TextSpan } from '@/domain/schema/provenance';
import type { DraftProvenance } from '../extract';
import type { ReviewState } from './review-model';

/** What a highlight points at in the form: a fact, a person, the date or the unit. */
export type MarkTarget =
  | { kind: 'fact'; index: number }
  | { kind: 'person'; index: number }
  | { kind: 'date' }
  | { kind: 'unit' };

export interface Mark {
  id: string;
  target: MarkTarget;
  paragraph: number;
  span: TextSpan;
}

export const markIdOf = (target: MarkTarget) =>
  'index' in target ? `${target.kind}-${target.index}` : target.kind;

function markOf(target: MarkTarget, provenance: DraftProvenance | undefined): Mark[] {
  if (!provenance || provenance.span.end <= provenance.span.start) return [];
  return [{ id: markIdOf(target), target, paragraph: provenance.paragraph, span: provenance.span }];
}

/** Every place in the text the review's values were read from, by paragraph. */
export function marksByParagraph(state: ReviewState): Map<number, Mark[]> {
  const marks = [
    ...markOf({ kind: 'date' }, state.report.dateProvenance),
    ...markOf({ kind: 'unit' }, state.report.unitProvenance),
    ...state.report.people.flatMap((p, index) => markOf({ kind: 'person', index }, p.provenance)),
    ...state.facts.flatMap((f, index) => markOf({ kind: 'fact', index }, f.provenance)),
  ];
  const byParagraph = new Map<number, Mark[]>();
  for (const mark of marks) {
    const list = byParagraph.get(mark.paragraph);
    if (list) list.push(mark);
    else byParagraph.set(mark.paragraph, [mark]);
  }
  return byParagraph;
}

export interface Segment {
  text: string;
  /** The marks covering this piece of the line (spans may overlap). */
  marks: Mark[];
}

/** A line cut where any mark starts or ends, each piece with the marks that cover it. */
export function segmentLine(line: string, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((m) => m.span.start < line.length && m.span.end > m.span.start);
  const cuts = new Set([0, line.length]);
  for (const m of inside) {
    cuts.add(m.span.start);
    cuts.add(Math.min(m.span.end, line.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({
      text: line.slice(start, end),
      marks: inside.filter((m) => m.span.start <= start && m.span.end >= end),
    });
  }
  return segments;
}
