import { describe, expect, it } from 'vitest';
import { extractDraft } from '../extract';
import { ownReportText } from '@/testing/own-report';
import { loadRealDataset } from '@/testing/real-dataset';
import { factSummary } from './fact-summary';

const { dataset, index } = loadRealDataset();
const draft = extractDraft(ownReportText, dataset.units, { today: '2026-11-26' });
const name = (id: string) => index.units.byId.get(id)?.name.vi ?? id;

describe('factSummary', () => {
  it('puts a figure of the draft in one line, the Vietnamese way', () => {
    expect(draft.facts.map((f) => factSummary(f, 'vi', name))).toEqual([
      'Thanh niên nhập ngũ · 214 · Huyện Thạch Thất · 6 tháng đầu năm 2025',
      'Hoàn thành chỉ tiêu giao quân · 100% · Huyện Thạch Thất · 6 tháng đầu năm 2025',
      'Diễn tập · không nêu số · Đã thực hiện · Xã Chàng Sơn · 6 tháng đầu năm 2025',
    ]);
  });
});
