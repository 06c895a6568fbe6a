import { describe, expect, it } from 'vitest';
import { tableCells } from '@/components/ui/table-model';
import { reportRows } from '@/domain/selectors';
import { loadRealDataset } from '@/testing/real-dataset';
import { groupByYear } from './timeline-model';
import { timelineImage } from './timeline-image';
import { timelineTable } from './timeline-table';

const { index } = loadRealDataset();
const rows = reportRows(index);

describe('the timeline as a table', () => {
  it('has a row per conference with its date, unit and headline figures as numbers', () => {
    const { header, rows: cells } = tableCells(timelineTable(rows, 'vi'));
    const column = (name: string) => header.indexOf(name);
    const hp = cells.find((r) => r[0] === '2024-04-03');
    expect(hp?.[column('Đơn vị')]).toBe('Thành phố Hải Phòng');
    expect(hp?.[column('Thanh niên nhập ngũ')]).toBe(2550);
    expect(hp?.[column('% chỉ tiêu')]).toBe(100);
    expect(hp?.[column('Diễn tập kế hoạch, chuẩn bị')]).toBe(5);
    // Not stated stays empty, never 0.
    expect(hp?.[column('Diễn tập đã tổ chức')]).toBeUndefined();
    expect(cells).toHaveLength(5);
  });
});

describe('the timeline as an image', () => {
  it('draws every year and entry with its date, unit and figures, and says how many it left out', () => {
    const svg = timelineImage(document, groupByYear(rows), 900, 'vi', 3);
    const text = [...svg.querySelectorAll('text')].map((t) => t.textContent).join('\n');
    for (const year of ['2019', '2020', '2023', '2024']) expect(text).toContain(`${year} · `);
    expect(text).toContain('03/04/2024');
    expect(text).toContain('Thành phố Hải Phòng');
    expect(text).toContain('2.550 thanh niên nhập ngũ');
    expect(text).toContain('… và 3 hội nghị khác');
    expect(Number(svg.getAttribute('width'))).toBe(900);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(5 * 4 * 17);
  });
});
