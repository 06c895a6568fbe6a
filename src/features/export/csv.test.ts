import { describe, expect, it } from 'vitest';
import { factRows } from '@/domain/aggregate/fact-rows';
import { recruitmentSummary } from '@/domain/aggregate/recruitment';
import { recruitmentTable } from '@/features/charts/recruitment-table';
import { loadRealDataset } from '@/testing/real-dataset';
import { BOM, buildCsv, tableToCsv } from './csv';

/** RFC 4180 read back: quoted fields, doubled quotes, line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const { index, dataset } = loadRealDataset();

describe('the recruitment panel as CSV', () => {
  const csv = tableToCsv(
    recruitmentTable(index, recruitmentSummary(factRows(dataset.facts)), 'vi'),
  );

  it('starts with a byte-order mark so Excel reads UTF-8', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has the table view’s columns in the current language and its rows, numbers reading back as numbers', () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(['Đơn vị', 'Kỳ', 'Thanh niên nhập ngũ', '% chỉ tiêu', 'Báo cáo nguồn']);
    const hp = rows.find((r) => r[0] === 'Thành phố Hải Phòng');
    expect(hp?.slice(0, 4)).toEqual(['Thành phố Hải Phòng', 'Quý 1/2024', '2550', '100']);
    expect(Number(hp?.[2])).toBe(2550);
    expect(hp?.[4]).toContain('03/04/2024');
    // What a report does not state stays empty, never 0.
    expect(rows.find((r) => r[0] === 'Quận Dương Kinh')?.[2]).toBe('');
    expect(rows).toHaveLength(3);
  });

  it('names its columns in English when the interface is in English', () => {
    const en = tableToCsv(
      recruitmentTable(index, recruitmentSummary(factRows(dataset.facts)), 'en'),
    );
    expect(parseCsv(en.slice(1))[0]).toEqual([
      'Unit',
      'Period',
      'Youths enlisted',
      '% of quota',
      'Source report',
    ]);
  });
});

describe('buildCsv', () => {
  it('quotes commas, quotes and line breaks, and reads them back unchanged', () => {
    const tricky = ['Hải Phòng, Q1', 'the "Quyết thắng" award', 'two\nlines', 'plain'];
    const csv = buildCsv(['a', 'b', 'c', 'd'], [tricky]);
    expect(csv).toContain('"Hải Phòng, Q1","the ""Quyết thắng"" award","two\nlines",plain');
    expect(parseCsv(csv.slice(1))).toEqual([['a', 'b', 'c', 'd'], tricky]);
  });

  it('writes machine numbers, several figures side by side, and empty cells for "not reported"', () => {
    const csv = buildCsv(['n'], [[2550], [99.5], [21_000_000_000], [[2550, 2500]], [undefined]]);
    expect(parseCsv(csv.slice(1)).map((r) => r[0])).toEqual([
      'n',
      '2550',
      '99.5',
      '21000000000',
      '2550 / 2500',
      '',
    ]);
  });

  it('keeps a text cell that looks like a formula from running as one', () => {
    expect(buildCsv(['x'], [['=1+1'], ['-5'], [-5]])).toBe(`${BOM}x\r\n'=1+1\r\n'-5\r\n-5\r\n`);
  });
});
