/**
 * What every figure rule needs: the reporting unit, the time context (reviewed or planned,
 * and the period), the places and bodies named in each paragraph, and one way to write a
 * draft fact with its provenance and span.
 */
import type { UnitLevel } from '@/domain/schema/unit';
import { ancestorsOf } from '@/domain/units';
import { spanOf, type Paragraph } from '../clean';
import type { BodyPhrase } from '../organiser';
import type { TimeContext } from '../periods';
import type { DraftFact, DistributiveOmit } from '../types';
import { levelsOfWord, type RawMention, type UnitMatcher } from '../units';

/** A place mention with the unit it was taken to mean. */
export interface Place extends RawMention {
  unitId: string;
}

export interface FigureContext {
  sourceId: string;
  reportId: string;
  /** The reporting unit, when known. */
  unitId: string | null;
  unitLevel?: UnitLevel;
  matcher: UnitMatcher;
  time: TimeContext;
  placesIn(p: Paragraph): readonly Place[];
  bodiesIn(p: Paragraph): readonly BodyPhrase[];
}

type FactFields = DistributiveOmit<
  DraftFact,
  'id' | 'reportId' | 'provenance' | 'period' | 'unitId'
>;

/** A draft fact read at [start, end) of the paragraph (the span a reviewer sees highlighted). */
export function makeFact(
  ctx: FigureContext,
  p: Paragraph,
  start: number,
  end: number,
  fields: FactFields & { unitId?: string | null; period?: DraftFact['period'] },
): DraftFact {
  const { unitId, period, ...rest } = fields;
  return {
    ...rest,
    id: 'pending',
    reportId: ctx.reportId,
    unitId: unitId === undefined ? ctx.unitId : unitId,
    period: period === undefined ? ctx.time.periodAt(p, start) : period,
    provenance: {
      sourceId: ctx.sourceId,
      paragraph: p.number,
      status: 'stated',
      span: spanOf(p, start, end),
    },
  } as DraftFact;
}

/**
 * The levels a type word names, read for this report: "thành phố" is the province when the
 * reporting unit is a centrally-run city, a district otherwise; "cơ sở" is the commune.
 */
export function levelsFor(ctx: FigureContext, word: string): UnitLevel[] {
  const w = word.trim();
  if (w === 'co so') return ['commune'];
  if (w === 'thanh pho' || w === 'tp') {
    const unit = ctx.unitId ? ctx.matcher.index.byId.get(ctx.unitId) : undefined;
    return unit?.type === 'centrally-run-city' ? ['province'] : ['district'];
  }
  return levelsOfWord(w);
}

/** The reporting unit itself or the ancestor of it at that level (the city above a district). */
export function unitAtLevel(ctx: FigureContext, level: UnitLevel): string | undefined {
  if (!ctx.unitId) return undefined;
  const unit = ctx.matcher.index.byId.get(ctx.unitId);
  if (unit?.level === level) return unit.id;
  return ancestorsOf(ctx.matcher.index, ctx.unitId).find((u) => u.level === level)?.id;
}

/** Capital first letter. */
export const capitalise = (text: string) =>
  text ? (text[0] as string).toLocaleUpperCase('vi') + text.slice(1) : text;
