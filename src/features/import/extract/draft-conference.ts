import type { Unit } from '@/domain/schema/unit';
import { spanOf } from './clean';
import { sentenceAround } from './context';
import {
  findTime,
  inferYear,
  isoOf,
  timeOfDayAt,
  type DateMention,
  type findHeaderDate,
} from './dates';
import type { choosePeriods } from './kinds';
import { periodOf, type PeriodMention } from './periods';
import type { DraftProvenance, DraftReport, DraftWarning } from './types';
import { venueOf } from './venue';

export interface ConferenceClues {
  conference: DateMention | undefined;
  header: ReturnType<typeof findHeaderDate>;
  chosen: ReturnType<typeof choosePeriods>;
  dates: readonly DateMention[];
  periodMentions: readonly PeriodMention[];
  units: readonly Unit[];
  sourceId: string;
  today?: string;
}

/** Years the text names, the most named first (a header's date does not count). */
function yearsNamed({ periodMentions, dates, header }: ConferenceClues): number[] {
  const yearCounts = new Map<number, number>();
  for (const m of periodMentions)
    if (m.year !== undefined && !m.yearBorrowed)
      yearCounts.set(m.year, (yearCounts.get(m.year) ?? 0) + 1);
  for (const d of dates)
    if (d.year !== undefined && d !== header?.mention)
      yearCounts.set(d.year, (yearCounts.get(d.year) ?? 0) + 1);
  return [...yearCounts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

/**
 * The conference's date (its year inferred when the text leaves it out, and said so), time
 * and venue, written into `report`; returns the date, if one was found.
 */
export function fillConference(
  report: DraftReport,
  clues: ConferenceClues,
  warnings: DraftWarning[],
): string | undefined {
  const { conference, header, chosen, units, sourceId } = clues;
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
          years: yearsNamed(clues),
          today: clues.today,
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

  return date;
}
