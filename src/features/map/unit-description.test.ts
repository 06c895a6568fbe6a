import { describe, expect, it } from 'vitest';
import { selectFacts } from '@/domain/aggregate/fact-selection';
import { unitValues } from '@/domain/aggregate/map-values';
import { emptyFilter, filterReports } from '@/domain/report-filter';
import { formatNumber } from '@/lib/format';
import { loadRealDataset } from '@/testing/real-dataset';
import { unitDescriber } from './unit-description';

describe('unitDescriber', () => {
  const { index } = loadRealDataset();
  const reports = filterReports(index, emptyFilter);
  const values = unitValues(reports, selectFacts(index, emptyFilter, reports), 'exercises');
  const duongKinh = index.units.byId.get('duong-kinh')!;
  const { describe: text, statusText } = unitDescriber({
    layer: 'exercises',
    layerLabel: 'Diễn tập',
    noData: 'không có số liệu',
    lang: 'vi',
    format: (n) => formatNumber(n, 'vi'),
  });

  it('names the unit, its kind, the figure and the exercises by status', () => {
    const value = values.get('duong-kinh');
    expect(text(duongKinh.name.vi, value, duongKinh)).toMatch(
      /^Quận Dương Kinh \(.+\) — Diễn tập: 3 \(đã thực hiện: 3\)$/,
    );
    expect(statusText(value)).toBe('đã thực hiện: 3');
  });

  it('says when a unit has no data rather than showing 0', () => {
    expect(text('Thủy Nguyên', undefined)).toBe('Thủy Nguyên — Diễn tập: không có số liệu');
  });
});
