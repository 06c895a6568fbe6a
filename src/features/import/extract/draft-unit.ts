import { spanOf } from './clean';
import { resolveReportingUnit, type BodyPhrase } from './organiser';
import type { DraftProvenance, DraftReport, DraftWarning } from './types';
import type { RawMention, UnitMatcher } from './units';

export interface UnitClues {
  organiser: BodyPhrase | undefined;
  matcher: UnitMatcher;
  allPhrases: readonly BodyPhrase[];
  allMentions: readonly RawMention[];
  date: string | undefined;
  sourceId: string;
}

/**
 * The organising body and the reporting unit, written into `report` with where they were
 * read; a name the unit table lacks, or words that fit several units, are warned about.
 */
export function fillReportingUnit(
  report: DraftReport,
  { organiser, matcher, allPhrases, allMentions, date, sourceId }: UnitClues,
  warnings: DraftWarning[],
): ReturnType<typeof resolveReportingUnit> {
  const nameAfter =
    organiser && !organiser.mention
      ? /^ +((?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){0,3})/u.exec(
          organiser.paragraph.text.slice(organiser.end),
        )
      : null;
  const reporting = nameAfter
    ? { unitId: undefined, level: organiser?.levels[0], status: 'inferred' as const, ambiguous: [] }
    : resolveReportingUnit(matcher, organiser, allPhrases, allMentions, date);
  if (organiser) {
    report.body = organiser.body;
    report.organiser = {
      text: organiser.paragraph.text.slice(organiser.start, organiser.end).trim(),
      body: organiser.body,
      ...(reporting.level ? { level: reporting.level } : {}),
      paragraph: organiser.paragraph.number,
      span: spanOf(organiser.paragraph, organiser.start, organiser.end),
    };
  }
  if (nameAfter) {
    warnings.push({
      code: 'unit-not-in-table',
      detail: `The organiser names “${nameAfter[1]}”, which is not in the unit table.`,
      params: { name: nameAfter[1] ?? '' },
    });
  }
  if (reporting.unitId) {
    report.unitId = reporting.unitId;
    const at = organiser ?? allMentions.find((m) => m.unitIds.includes(reporting.unitId as string));
    if (at) {
      const p = at.paragraph;
      report.unitProvenance = {
        sourceId,
        paragraph: p.number,
        status: reporting.status,
        ...(reporting.reason ? { reason: reporting.reason } : {}),
        span: spanOf(p, at.start, at.end),
      } as DraftProvenance;
      if (reporting.status === 'inferred' && !reporting.reason)
        report.unitProvenance.status = 'stated';
    }
    if (reporting.ambiguous.length) {
      warnings.push({
        code: 'unit-ambiguous',
        detail: `The organiser's words could also mean ${reporting.ambiguous.join(', ')}.`,
        params: { units: reporting.ambiguous.join(', ') },
      });
    }
  } else if (!nameAfter) {
    warnings.push({
      code: 'no-unit',
      detail: organiser
        ? `The organiser “${report.organiser?.text}” names no unit of the table, and the places in the text do not point to one.`
        : 'No organising body was found in the text.',
    });
  }

  return reporting;
}
