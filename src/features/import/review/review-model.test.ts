import { describe, expect, it } from 'vitest';
import { mergeLocalEntries } from '@/domain/local/merge-local';
import { ownReportText } from '@/testing/own-report';
import { loadRealDataset } from '@/testing/real-dataset';
import { extractDraft } from '../extract';
import {
  buildEntry,
  newReportId,
  reviewFromDraft,
  reviewFromEntry,
  type ReviewState,
} from './review-model';

const { dataset } = loadRealDataset();
const NOW = '2026-11-26T10:00:00.000Z';
const taken = new Set(dataset.reports.map((r) => r.id));

function seedReview(): ReviewState {
  const draft = extractDraft(ownReportText, dataset.units, { today: '2026-11-26' });
  const review = reviewFromDraft(draft, ownReportText, 'thach-that-6-thang.txt');
  return review;
}

describe('buildEntry', () => {
  it('turns a reviewed article into a report the dataset accepts', () => {
    const result = buildEntry(seedReview(), taken, NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { entry } = result;
    expect(entry.report.id).toBe('local-2025-07-05-thach-that');
    expect(entry.report.unitId).toBe('thach-that');
    expect(entry.report.title).toEqual({
      vi: 'Ban CHQS huyện Thạch Thất: Sơ kết 6 tháng · 6 tháng đầu năm 2025',
      en: 'Thạch Thất District Military Command: Six-month review · H1 2025',
    });
    expect(entry.report.date).toBe('2025-07-05');
    expect(entry.report.dateProvenance.status).toBe('inferred');
    expect(entry.report.summary).toEqual({
      vi: `${entry.report.title.vi}. Nhập từ văn bản dán: 3 số liệu (tuyển quân, diễn tập).`,
      en: `${entry.report.title.en}. Entered from pasted text: 3 figures (recruitment, exercise).`,
    });
    expect(entry.source).toMatchObject({ kind: 'local-entry', file: 'thach-that-6-thang.txt' });
    const enlisted = entry.facts.find(
      (f) => f.category === 'recruitment' && f.measure === 'enlisted',
    );
    expect(enlisted?.value).toBe(214);
    expect(enlisted?.provenance.sourceId).toBe(entry.source.id);
    expect(entry.spans[enlisted!.id]?.text).toContain('214');
    const merged = mergeLocalEntries(dataset, [entry]);
    expect(merged.rejected).toEqual([]);
  });

  it('refuses to build while a field fails the schema, and names each field', () => {
    const review = seedReview();
    review.report.summary = { vi: '', en: '' };
    review.report.venue = { vi: 'Hội trường huyện', en: '' };
    review.report.unitId = undefined;
    review.report.date = '2024-02-30';
    review.facts[1] = { ...review.facts[1]!, value: Number.NaN };
    review.report.people[0]!.name = '';
    const result = buildEntry(review, taken, NOW);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'report.summary.vi',
        'report.unitId',
        'report.date',
        'facts.1.value',
      ]),
    );
  });

  it('takes the Vietnamese for an English text left blank, and reports it missing once', () => {
    const review = seedReview();
    review.report.venue = { vi: 'Hội trường huyện', en: '' };
    const built = buildEntry(review, taken, NOW);
    expect(built.ok && built.entry.report.venue).toEqual({
      vi: 'Hội trường huyện',
      en: 'Hội trường huyện',
    });
    review.report.summary = { vi: '', en: '' };
    const refused = buildEntry(review, taken, NOW);
    expect(
      refused.ok ? [] : refused.issues.filter((i) => i.path.startsWith('report.summary')),
    ).toEqual([expect.objectContaining({ path: 'report.summary.vi' })]);
  });

  it('reopens a saved report with its highlights and saves it again unchanged', () => {
    const first = buildEntry(seedReview(), taken, NOW);
    if (!first.ok) throw new Error('the report did not build');
    const reopened = reviewFromEntry(first.entry);
    expect(reopened.reportId).toBe(first.entry.report.id);
    expect(reopened.facts[0]?.provenance.span.text).toBe(
      first.entry.spans[first.entry.facts[0]!.id]?.text,
    );
    const again = buildEntry(reopened, taken, NOW);
    expect(again.ok && again.entry).toEqual(first.entry);
  });

  it('numbers a new id when the day and unit already have a report', () => {
    const review = seedReview();
    expect(newReportId(review.report, new Set(['local-2025-07-05-thach-that']))).toBe(
      'local-2025-07-05-thach-that-2',
    );
  });
});
