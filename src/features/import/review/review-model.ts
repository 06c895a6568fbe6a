/**
 * The review screen's state: a draft (from the extraction, or a saved report opened again)
 * that the analyst edits, and its conversion into a report that passes the dataset's schemas.
 */
import type { z } from '@/lib/zod';
import type { LocalizedText } from '@/domain/schema/common';
import { factSchema, type Fact } from '@/domain/schema/fact';
import type { LocalEntry } from '@/domain/schema/local-entry';
import {
  sourceSchema,
  type Provenance,
  type Source,
  type TextSpan,
} from '@/domain/schema/provenance';
import { reportSchema, type Report } from '@/domain/schema/report';
import { translate } from '@/lib/i18n/use-t';
import type { Draft, DraftFact, DraftProvenance, DraftReport } from '../extract';

export interface ReviewReport extends DraftReport {
  title: LocalizedText;
  summary: LocalizedText;
}

export interface ReviewState {
  text: string;
  fileName: string;
  /** The saved report being edited; a new one gets its id when it is saved. */
  reportId?: string;
  report: ReviewReport;
  facts: DraftFact[];
}

/** A field the schema refused: `path` names the input ("report.date", "facts.2.value"). */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

const NO_SPAN: TextSpan = { start: 0, end: 0, text: '' };

/**
 * A first summary the analyst can keep or rewrite: what the conference was and which kinds of
 * figures were read, in our words (never a sentence of the article).
 */
export function draftSummary(title: LocalizedText, facts: readonly DraftFact[]): LocalizedText {
  if (!title.vi) return { vi: '', en: '' };
  const categories = [...new Set(facts.map((f) => f.category))];
  const list = (lang: 'vi' | 'en') =>
    categories.map((c) => translate(lang, `review.category.${c}`).toLowerCase()).join(', ');
  if (categories.length === 0)
    return {
      vi: `${title.vi}. Nhập từ văn bản dán.`,
      en: `${title.en}. Entered from pasted text.`,
    };
  return {
    vi: `${title.vi}. Nhập từ văn bản dán: ${facts.length} số liệu (${list('vi')}).`,
    en: `${title.en}. Entered from pasted text: ${facts.length} figures (${list('en')}).`,
  };
}

/** Provenance for a value the analyst supplies: stated in paragraph 1 until they say otherwise. */
export const typedProvenance = (paragraph = 1): DraftProvenance => ({
  sourceId: 'draft',
  paragraph,
  status: 'stated',
  span: NO_SPAN,
});

export function reviewFromDraft(draft: Draft, text: string, fileName: string): ReviewState {
  const title = draft.report.title ?? { vi: '', en: '' };
  return {
    text,
    fileName,
    report: { ...draft.report, title, summary: draftSummary(title, draft.facts) },
    facts: draft.facts,
  };
}

const withSpan = (p: Provenance, span: TextSpan | undefined): DraftProvenance => ({
  ...p,
  span: span ?? NO_SPAN,
});

/** A saved report back in the review screen, its highlights where they were recorded. */
export function reviewFromEntry(entry: LocalEntry): ReviewState {
  const { report, source, facts, spans } = entry;
  return {
    text: source.text ?? '',
    fileName: source.file,
    reportId: report.id,
    report: {
      ...report,
      unitProvenance: withSpan(report.unitProvenance, spans['report.unit']),
      dateProvenance: withSpan(report.dateProvenance, spans['report.date']),
      people: report.people.map((p, i) => ({
        ...p,
        provenance: withSpan(p.provenance, spans[`report.people.${i}`]),
      })),
    },
    facts: facts.map((f) => ({ ...f, provenance: withSpan(f.provenance, spans[f.id]) })),
  };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A new report's id from its day and unit: `local-2024-04-03-hai-phong`, numbered if taken. */
export function newReportId(report: ReviewReport, taken: ReadonlySet<string>): string {
  const base = ['local', report.date, report.unitId]
    .filter((part): part is string => Boolean(part))
    .map(slug)
    .join('-');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** English may be left blank: the Vietnamese then stands for both. */
const bilingual = (text: LocalizedText | undefined) =>
  text && { vi: text.vi.trim(), en: text.en.trim() || text.vi.trim() };

function stripSpan(p: DraftProvenance | undefined, sourceId: string): Provenance | undefined {
  if (!p) return undefined;
  return { sourceId, paragraph: p.paragraph, status: p.status, reason: bilingual(p.reason) };
}

function collect(prefix: string, error: z.ZodError | undefined, issues: FieldIssue[]) {
  for (const issue of error?.issues ?? []) {
    issues.push({
      path: [prefix, ...issue.path.map(String)].join('.'),
      code: issue.code,
      message: issue.message,
    });
  }
}

/** English left blank copies the Vietnamese, so its refusal only repeats the Vietnamese one. */
function withoutEchoes(issues: FieldIssue[]): FieldIssue[] {
  const paths = new Set(issues.map((i) => i.path));
  return issues.filter((i) => !(i.path.endsWith('.en') && paths.has(`${i.path.slice(0, -3)}.vi`)));
}

export type BuildResult = { ok: true; entry: LocalEntry } | { ok: false; issues: FieldIssue[] };

/**
 * The review as a report, its source and facts, checked against the dataset's schemas.
 * Nothing is returned to save unless every part passes; each refusal names its field.
 */
export function buildEntry(
  state: ReviewState,
  takenReportIds: ReadonlySet<string>,
  savedAt: string,
): BuildResult {
  const { report } = state;
  const id = state.reportId ?? newReportId(report, takenReportIds);
  const sourceId = `${id}-text`;
  const lines = state.text.split(/\r\n|\r|\n/).length;
  const sourceCandidate: Source = {
    id: sourceId,
    file: state.fileName,
    kind: 'local-entry',
    authors: [],
    paragraphCount: Math.max(1, lines),
    text: state.text,
  };
  const reportCandidate = {
    id,
    sourceId,
    unitId: report.unitId,
    body: report.body,
    unitProvenance: stripSpan(report.unitProvenance, sourceId),
    title: bilingual(report.title),
    date: report.date || undefined,
    timeOfDay: report.timeOfDay,
    time: report.time || undefined,
    dateProvenance: stripSpan(report.dateProvenance, sourceId),
    venue: report.venue?.vi.trim() ? bilingual(report.venue) : undefined,
    kinds: report.kinds,
    periodReviewed: report.periodReviewed,
    periodPlanned: report.periodPlanned,
    people: report.people.map((p) => ({
      ...p,
      titles: p.titles.map(bilingual),
      provenance: stripSpan(p.provenance, sourceId),
    })),
    delegations: [],
    summary: bilingual(report.summary),
  };
  const issues: FieldIssue[] = [];
  const source = sourceSchema.safeParse(sourceCandidate);
  collect('source', source.error, issues);
  const parsedReport = reportSchema.safeParse(reportCandidate);
  collect('report', parsedReport.error, issues);
  const facts: Fact[] = [];
  const spans: Record<string, TextSpan> = {};
  state.facts.forEach((fact, i) => {
    const factId = `${id}-f${i + 1}`;
    const parsed = factSchema.safeParse({
      ...fact,
      id: factId,
      reportId: id,
      unitId: fact.unitId ?? undefined,
      period: fact.period ?? undefined,
      note: fact.note?.vi.trim() ? bilingual(fact.note) : undefined,
      provenance: stripSpan(fact.provenance, sourceId),
    });
    collect(`facts.${i}`, parsed.error, issues);
    if (parsed.data) facts.push(parsed.data);
    if (fact.provenance.span.end > fact.provenance.span.start) spans[factId] = fact.provenance.span;
  });
  if (issues.length > 0 || !parsedReport.data || !source.data)
    return { ok: false, issues: withoutEchoes(issues) };
  const reportSpan = (p: DraftProvenance | undefined) =>
    p && p.span.end > p.span.start ? p.span : undefined;
  const unitSpan = reportSpan(report.unitProvenance);
  const dateSpan = reportSpan(report.dateProvenance);
  if (unitSpan) spans['report.unit'] = unitSpan;
  report.people.forEach((p, i) => {
    const span = reportSpan(p.provenance);
    if (span) spans[`report.people.${i}`] = span;
  });
  if (dateSpan) spans['report.date'] = dateSpan;
  const saved: Report = parsedReport.data;
  return { ok: true, entry: { report: saved, source: source.data, facts, spans, savedAt } };
}
