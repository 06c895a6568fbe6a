/**
 * From the pasted text of a Vietnamese conference report, a draft report in the dataset's
 * shapes: date, organiser and unit, kinds and periods, people, and figures with the paragraph
 * and span each was read from. Pure, synchronous, no network; never throws: what it cannot
 * do, it says in `warnings`.
 */
import type { Unit } from '@/domain/schema/unit';
import { spanOf, type Paragraph } from './clean';
import { chooseConferenceDate, findDates, findHeaderDate, type DateMention } from './dates';
import { fillConference } from './draft-conference';
import { findAwards } from './figures/awards';
import { findEducation, findTraining } from './figures/education';
import { findExercises, sameExercise } from './figures/exercises';
import { findRecruitment } from './figures/recruitment';
import type { FigureContext, Place } from './figures/shared';
import { findSocial } from './figures/social';
import { conferenceSentences, choosePeriods, detectKinds } from './kinds';
import { chooseOrganiser, findBodyPhrases, type BodyPhrase } from './organiser';
import { collectPeople } from './people';
import { buildTimeContext, fillYear, findPeriods, periodOf, type PeriodMention } from './periods';
import { draftTitle } from './draft-title';
import { readText } from './read-text';
import { fillReportingUnit } from './draft-unit';
import type {
  Draft,
  DraftFact,
  DraftReport,
  DraftWarning,
  ExtractOptions,
  PlaceMention,
} from './types';
import {
  buildUnitMatcher,
  findMentions,
  pickUnit,
  type RawMention,
  type UnitMatcher,
} from './units';

export const DEFAULT_MAX_CHARS = 200_000;
export const DEFAULT_MAX_FACTS = 500;

const matchers = new WeakMap<readonly Unit[], UnitMatcher>();

function matcherFor(units: readonly Unit[]): UnitMatcher {
  let matcher = matchers.get(units);
  if (!matcher) {
    matcher = buildUnitMatcher(units);
    matchers.set(units, matcher);
  }
  return matcher;
}

function emptyDraft(warnings: DraftWarning[], characters = 0, lines = 0): Draft {
  return {
    report: { kinds: [], periodReviewed: null, periodPlanned: null, people: [] },
    facts: [],
    places: [],
    warnings,
    input: {
      lines,
      characters,
      processedCharacters: 0,
      language: { diacriticShare: 0, stopWordShare: 0, vietnamese: false },
    },
  };
}

/**
 * Reads `text` against the unit table of the loaded dataset. Options: the source and report
 * ids to write into provenance, the most characters to read (200 000) and figures to keep (500),
 * and the day of the paste (the last resort for a year).
 */
export function extractDraft(
  text: string,
  units: readonly Unit[],
  options: ExtractOptions = {},
): Draft {
  try {
    return run(typeof text === 'string' ? text : '', Array.isArray(units) ? units : [], options);
  } catch (error) {
    return emptyDraft([
      {
        code: 'unreadable',
        detail: `The text could not be read: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}

/** The figures of every paragraph in reading order, the same exercise once, at most `maxFacts`. */
function collectFigures(
  paragraphs: readonly Paragraph[],
  ctx: FigureContext,
  maxFacts: number,
  warnings: DraftWarning[],
): DraftFact[] {
  const facts: DraftFact[] = [];
  let dropped = 0;
  for (const p of paragraphs) {
    if (!p.text.trim() || !/\d|dien tap|luyen tap/.test(p.folded)) continue;
    const found = [
      ...findRecruitment(ctx, p),
      ...findEducation(ctx, p),
      ...findTraining(ctx, p),
      ...findExercises(ctx, p),
      ...findAwards(ctx, p),
      ...findSocial(ctx, p),
    ].sort((a, b) => a.provenance.span.start - b.provenance.span.start);
    for (const fact of found) {
      // An exercise named again (in the campaign launched for it, say) is the same exercise.
      if (
        fact.category === 'exercises' &&
        fact.value === null &&
        facts.some((f) => sameExercise(f, fact))
      )
        continue;
      if (facts.length >= maxFacts) {
        dropped++;
        continue;
      }
      facts.push({ ...fact, id: `draft-${facts.length + 1}` } as DraftFact);
    }
  }
  if (dropped) {
    warnings.push({
      code: 'too-many-figures',
      detail: `Only the first ${maxFacts} figures were kept; ${dropped} more were left out.`,
      params: { kept: maxFacts, dropped },
    });
  }

  return facts;
}

/** Each place named, taken to mean one unit (the one nearest the reporting unit, of the right level). */
function placesIn(
  mentionsBy: ReadonlyMap<Paragraph, RawMention[]>,
  matcher: UnitMatcher,
  { date, near }: { date: string | undefined; near: string | undefined },
): { placesBy: Map<Paragraph, Place[]>; places: PlaceMention[] } {
  const placesBy = new Map<Paragraph, Place[]>();
  const places: PlaceMention[] = [];
  for (const [p, mentions] of mentionsBy) {
    const list: Place[] = [];
    for (const m of mentions) {
      const unitId = pickUnit(matcher, m.unitIds, { levels: m.levelHint, date, near });
      if (!unitId) continue;
      list.push({ ...m, unitId });
      places.push({
        unitId,
        alternatives: m.unitIds.filter((id) => id !== unitId),
        paragraph: p.number,
        span: spanOf(p, m.start, m.end),
      });
    }
    placesBy.set(p, list);
  }

  return { placesBy, places };
}

function run(raw: string, units: readonly Unit[], options: ExtractOptions): Draft {
  const sourceId = options.sourceId ?? 'draft';
  const reportId = options.reportId ?? 'draft';
  const maxChars = Math.max(1, options.maxChars ?? DEFAULT_MAX_CHARS);
  const maxFacts = Math.max(0, options.maxFacts ?? DEFAULT_MAX_FACTS);
  const warnings: DraftWarning[] = [];

  if (!raw.trim()) {
    return emptyDraft(
      [
        {
          code: 'empty',
          detail: raw.length ? 'The text holds only white space.' : 'The text is empty.',
        },
      ],
      raw.length,
      raw.length ? raw.split(/\r\n|\n|\r/).length : 0,
    );
  }

  const { cleaned, paragraphs, lines, language, caseless } = readText(raw, maxChars, warnings);

  const matcher = matcherFor(units);
  const mentionsBy = new Map<Paragraph, RawMention[]>();
  const phrasesBy = new Map<Paragraph, BodyPhrase[]>();
  const dates: DateMention[] = [];
  const periodMentions: PeriodMention[] = [];
  for (const p of paragraphs) {
    if (!p.text.trim()) continue;
    const mentions = findMentions(matcher, p, caseless);
    mentionsBy.set(p, mentions);
    phrasesBy.set(p, findBodyPhrases(p, mentions));
    dates.push(...findDates(p));
    periodMentions.push(...findPeriods(p));
  }
  const allMentions = [...mentionsBy.values()].flat();
  const allPhrases = [...phrasesBy.values()].flat();

  // Date of the conference (year perhaps missing for now).
  const header = findHeaderDate(paragraphs);
  const conference = chooseConferenceDate(dates, header);
  const organiser = chooseOrganiser(allPhrases, conference);
  const sentences = conferenceSentences(paragraphs, conference, organiser);
  const chosen = choosePeriods(sentences, periodMentions);

  const report: DraftReport = {
    kinds: [],
    periodReviewed: null,
    periodPlanned: null,
    people: [],
  };
  const date = fillConference(
    report,
    {
      conference,
      header,
      chosen,
      dates,
      periodMentions,
      units,
      sourceId,
      ...(options.today !== undefined && { today: options.today }),
    },
    warnings,
  );

  if (date) for (const m of periodMentions) fillYear(m, date);
  const reviewed = chosen.reviewed ? periodOf(chosen.reviewed) : null;
  const planned = chosen.planned ? periodOf(chosen.planned) : null;
  report.periodReviewed = reviewed;
  report.periodPlanned = planned && (!reviewed || planned.start > reviewed.start) ? planned : null;
  report.kinds = detectKinds(sentences, chosen.reviewed);
  if (!report.kinds.length)
    warnings.push({
      code: 'no-kind',
      detail: 'The text does not say what kind of conference it was.',
    });

  const reporting = fillReportingUnit(
    report,
    { organiser, matcher, allPhrases, allMentions, date, sourceId },
    warnings,
  );

  const { placesBy, places } = placesIn(mentionsBy, matcher, {
    date,
    near: reporting.unitId,
  });

  const time = buildTimeContext(
    paragraphs,
    periodMentions,
    report.periodReviewed,
    report.periodPlanned,
  );
  const unit = reporting.unitId ? matcher.index.byId.get(reporting.unitId) : undefined;
  const ctx: FigureContext = {
    sourceId,
    reportId,
    unitId: reporting.unitId ?? null,
    unitLevel: unit?.level,
    matcher,
    time,
    placesIn: (p) => placesBy.get(p) ?? [],
    bodiesIn: (p) => phrasesBy.get(p) ?? [],
  };

  report.people = collectPeople(paragraphs, units, sourceId);

  const facts = collectFigures(paragraphs, ctx, maxFacts, warnings);

  if (report.body && unit) report.title = draftTitle(report.body, unit, report);

  return {
    report,
    facts,
    places,
    warnings,
    input: {
      lines,
      characters: raw.length,
      processedCharacters: cleaned.processedChars,
      language: {
        diacriticShare: language.diacriticShare,
        stopWordShare: language.stopWordShare,
        vietnamese: language.vietnamese,
      },
    },
  };
}
