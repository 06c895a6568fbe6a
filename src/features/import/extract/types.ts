/**
 * The draft an extraction proposes: the dataset's own shapes (inferred from its zod schemas),
 * with the fields a draft may leave empty made optional or nullable, and every provenance
 * carrying the span of the text it was read from so a review screen can highlight it.
 */
import { z } from '@/lib/zod';
import type { LocalizedText } from '@/domain/schema/common';
import type { Fact } from '@/domain/schema/fact';
import { factSchema } from '@/domain/schema/fact';
import type { Period } from '@/domain/schema/period';
import { provenanceSchema, textSpanSchema, type TextSpan } from '@/domain/schema/provenance';
export { textSpanSchema, type TextSpan } from '@/domain/schema/provenance';
import type { Person, Report, ReportKind } from '@/domain/schema/report';
import { personSchema } from '@/domain/schema/report';
import type { Unit, UnitBody, UnitLevel } from '@/domain/schema/unit';

/** Omit that keeps a union a union (Omit<A | B, K> would flatten it to the common keys). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The dataset's provenance (stated or inferred, with a bilingual reason) plus the span. */
export const draftProvenanceSchema = provenanceSchema.extend({ span: textSpanSchema });
export type DraftProvenance = z.infer<typeof draftProvenanceSchema>;

/**
 * A proposed fact: a dataset fact whose unit or period may be unknown yet (null), with a
 * draft-local id and the span it was read from.
 */
export type DraftFact = DistributiveOmit<Fact, 'unitId' | 'period' | 'provenance'> & {
  unitId: string | null;
  period: Period | null;
  provenance: DraftProvenance;
};

export const draftPersonSchema = personSchema.extend({ provenance: draftProvenanceSchema });
export type DraftPerson = Omit<Person, 'provenance'> & { provenance: DraftProvenance };

/** The organising body as the text writes it, whether or not it names a unit of the table. */
export interface OrganiserPhrase {
  text: string;
  body: NonNullable<UnitBody>;
  /** The level its words give ("UBND huyện" → district), when they give one. */
  level?: UnitLevel;
  paragraph: number;
  span: TextSpan;
}

type ReportScalars = Omit<
  Report,
  | 'id'
  | 'sourceId'
  | 'unitProvenance'
  | 'dateProvenance'
  | 'people'
  | 'delegations'
  | 'kinds'
  | 'periodReviewed'
  | 'periodPlanned'
  | 'summary'
>;

/** A proposed report: any scalar may be missing; kinds may be empty; no summary is written. */
export type DraftReport = Partial<ReportScalars> & {
  kinds: ReportKind[];
  periodReviewed: Period | null;
  periodPlanned: Period | null;
  unitProvenance?: DraftProvenance;
  dateProvenance?: DraftProvenance;
  people: DraftPerson[];
  organiser?: OrganiserPhrase;
};

/** A place of the unit table named in the text. */
export interface PlaceMention {
  unitId: string;
  /** Other units the same words could mean (before July 2025 and after, say). */
  alternatives: string[];
  paragraph: number;
  span: TextSpan;
}

export const warningCodes = [
  'empty',
  'unreadable',
  'not-vietnamese',
  'no-diacritics',
  'legacy-encoding',
  'truncated',
  'markup-removed',
  'no-date',
  'date-year-unknown',
  'no-unit',
  'unit-not-in-table',
  'unit-ambiguous',
  'no-kind',
  'too-many-figures',
] as const;
export type DraftWarningCode = (typeof warningCodes)[number];

export interface DraftWarning {
  code: DraftWarningCode;
  /** One English sentence for logs and tests; the UI words each code from its catalogue. */
  detail: string;
  /** Values for the catalogue message ("{processed} of {total} characters"). */
  params?: Record<string, string | number>;
}

export interface LanguageGuess {
  /** Share of letters only Vietnamese writes (ă, đ, ơ, ư, hook and dot-below tones…). */
  diacriticShare: number;
  /** Share of words that are frequent Vietnamese function words (diacritics ignored). */
  stopWordShare: number;
  vietnamese: boolean;
}

export interface Draft {
  report: DraftReport;
  facts: DraftFact[];
  places: PlaceMention[];
  warnings: DraftWarning[];
  input: {
    /** Lines of the text as pasted (the paragraph numbers run over these). */
    lines: number;
    characters: number;
    /** Characters read: fewer than `characters` when the paste was cut (see `truncated`). */
    processedCharacters: number;
    language: LanguageGuess;
  };
}

export interface ExtractOptions {
  /** Written into every provenance; "draft" when the source is not registered yet. */
  sourceId?: string;
  /** Written into every fact; "draft" by default. */
  reportId?: string;
  /** Characters read at most (default 200 000, some forty reports' worth). */
  maxChars?: number;
  /** Figures kept at most (default 500). */
  maxFacts?: number;
  /** The day the text was pasted: the last resort for a year the text never gives. */
  today?: string;
}

export type UnitTable = readonly Unit[];

export const same = (text: string): LocalizedText => ({ vi: text, en: text });
export const L = (vi: string, en: string): LocalizedText => ({ vi, en });

/**
 * The draft fact completed with placeholders where it is still empty, for checking against the
 * dataset's own schema: a draft is well formed when this parses.
 */
export function checkDraftFact(fact: DraftFact) {
  const completed = {
    ...fact,
    unitId: fact.unitId ?? 'unknown',
    period: fact.period ?? { kind: 'year', start: '2000-01-01', end: '2000-12-31' },
  };
  const asFact = factSchema.safeParse(completed);
  const asProvenance = draftProvenanceSchema.safeParse(fact.provenance);
  return {
    success: asFact.success && asProvenance.success,
    error: asFact.error ?? asProvenance.error,
  };
}
