import { tableCells, type CellValue, type TableModel } from '@/components/ui/table-model';

/** Excel reads a UTF-8 file as such only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';

// A text cell starting like a formula would run as one in a spreadsheet.
const formulaStart = /^[=+\-@\t\r]/;

function field(value: CellValue): string {
  let text: string;
  if (value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'string') text = formulaStart.test(value) ? `'${value}` : value;
  else text = value.filter(Number.isFinite).map(String).join(' / ');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with a BOM: numbers as plain machine numbers ("2550", "99.5") so they read
 * back as numbers; "not reported" as an empty cell, never 0.
 */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
): string {
  const lines = [header, ...rows].map((cells) => cells.map(field).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A panel's table model as CSV: the same rows and columns as its table view. */
export function tableToCsv<T>(model: TableModel<T>): string {
  const { header, rows } = tableCells(model);
  return buildCsv(header, rows);
}
