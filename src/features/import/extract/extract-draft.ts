/**
 * From the pasted text of a Vietnamese conference report, a draft report in the dataset's
 * shapes: date, organiser and unit, kinds and periods, people, and figures with the paragraph
 * and span each was read from. Pure, synchronous, no network; never throws: what it cannot
 * do, it says in `warnings`.
 */
import type { Unit } from '@/domain/schema/unit';
import { cleanText, spanOf, type Paragraph } from './clean';
import { sentenceAround } from './context';
import {
  chooseConferenceDate,
  findDates,
  findHeaderDate,
  findTime,
  inferYear,
  isoOf,
  timeOfDayAt,
  type DateMention,
} from './dates';
import { findAwards } from './figures/awards';
import { findEducation, findTraining } from './figures/education';
import { findExercises, sameExercise } from './figures/exercises';
import { findRecruitment } from './figures/recruitment';
import type { FigureContext, Place } from './figures/shared';
import { findSocial } from './figures/social';
import { conferenceSentences, choosePeriods, detectKinds } from './kinds';
import { guessLanguage } from './language';
import {
  chooseOrganiser,
  findBodyPhrases,
  resolveReportingUnit,
  type BodyPhrase,
} from './organiser';
import { collectPeople } from './people';
import { buildTimeContext, fillYear, findPeriods, periodOf, type PeriodMention } from './periods';
import { draftTitle } from './draft-title';
import { venueOf } from './venue';
import type {
  Draft,
  DraftFact,
  DraftProvenance,
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

  const cleaned = cleanText(raw, maxChars);
  const { paragraphs } = cleaned;
  const lines = cleaned.truncated ? raw.split(/\r\n|\n|\r/).length : paragraphs.length;
  if (cleaned.truncated) {
    warnings.push({
      code: 'truncated',
      detail: `Only the first ${cleaned.processedChars} of ${raw.length} characters were read.`,
      params: { processed: cleaned.processedChars, total: raw.length },
    });
  }
  if (cleaned.markupChars > 0) {
    warnings.push({
      code: 'markup-removed',
      detail: `${cleaned.markupChars} characters of markup (tags, images, scripts) were left out.`,
      params: { chars: cleaned.markupChars },
    });
  }
  const plain = paragraphs.map((p) => p.text).join('\n');
  const language = guessLanguage(plain);
  if (!plain.trim()) {
    warnings.push({ code: 'empty', detail: 'Once markup is removed, the text is empty.' });
  } else if (language.legacyShare > 0.05 && !language.vietnamese) {
    warnings.push({
      code: 'legacy-encoding',
      detail:
        'The text looks like Vietnamese in an old encoding (TCVN3 or VNI); convert it to Unicode first.',
    });
  } else if (!language.vietnamese) {
    warnings.push({
      code: 'not-vietnamese',
      detail: `The text does not look Vietnamese (${Math.round(language.diacriticShare * 100)}% of letters with Vietnamese marks, ${Math.round(language.stopWordShare * 100)}% common Vietnamese words).`,
      params: {
        diacritics: Math.round(language.diacriticShare * 100),
        words: Math.round(language.stopWordShare * 100),
      },
    });
  } else if (language.diacriticShare < 0.02) {
    warnings.push({
      code: 'no-diacritics',
      detail: 'The text is written without Vietnamese diacritics; names are matched without them.',
    });
  }

  const caseless = language.letters > 0 && language.capitals / language.letters < 0.005;

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

  const yearCounts = new Map<number, number>();
  for (const m of periodMentions)
    if (m.year !== undefined && !m.yearBorrowed)
      yearCounts.set(m.year, (yearCounts.get(m.year) ?? 0) + 1);
  for (const d of dates)
    if (d.year !== undefined && d !== header?.mention)
      yearCounts.set(d.year, (yearCounts.get(d.year) ?? 0) + 1);
  const years = [...yearCounts.entries()]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .map(([y]) => y);

  const report: DraftReport = {
    kinds: [],
    periodReviewed: null,
    periodPlanned: null,
    people: [],
  };
  let date: string | undefined;
  if (conference) {
    const cp = conference.paragraph;
    const span = spanOf(cp, conference.start, conference.end);
    let provenance: DraftProvenance | undefined;
    if (conference.year !== undefined) {
      date = isoOf(conference.year, conference.month, conference.day);
      provenance = { sourceId, paragraph: cp.number, status: 'stated', span };
    } else {
      const inferred = inferYear(
        conference.day,
        conference.month,
        cp.text.slice(conference.start, conference.end).trim(),
        {
          header,
          reviewed: chosen.reviewed ? periodOf(chosen.reviewed) : null,
          planned: chosen.planned ? periodOf(chosen.planned) : null,
          years,
          today: options.today,
        },
      );
      if (inferred) {
        date = isoOf(inferred.year, conference.month, conference.day);
        provenance = {
          sourceId,
          paragraph: cp.number,
          status: 'inferred',
          reason: inferred.reason,
          span,
        };
      } else {
        warnings.push({
          code: 'date-year-unknown',
          detail: `The conference date ${conference.day}/${conference.month} has no year, and nothing in the text gives one.`,
          params: { day: conference.day, month: conference.month },
        });
      }
    }
    if (date && provenance) {
      report.date = date;
      report.dateProvenance = provenance;
    }
    if (conference.timeOfDay) report.timeOfDay = conference.timeOfDay;
    const sentence = sentenceAround(cp, conference.start, conference.end);
    const time = findTime(cp, sentence);
    if (time) {
      report.time = time.time;
      report.timeOfDay ??= timeOfDayAt(time.time);
    }
    const venue = venueOf(cp, sentence.start, sentence.end, units);
    if (venue) report.venue = venue;
  } else {
    warnings.push({ code: 'no-date', detail: 'No conference date was found in the text.' });
  }

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

  // The reporting unit.
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

  // Places, each taken to mean one unit.
  const near = reporting.unitId;
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
