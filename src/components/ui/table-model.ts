import type { ReactNode } from 'react';

/**
 * A cell as data: a machine number (several when reports disagree), text, or undefined when
 * the reports do not state it — which a table shows as "not reported" and a CSV leaves empty.
 */
export type CellValue = number | string | readonly number[] | undefined;

export interface Column<T> {
  key: string;
  header: string;
  /** The cell as data: what the table formats, sorts by and exports. */
  value?: (row: T) => CellValue;
  /** The cell on screen when it is more than `value` formatted (a percent sign, a link). */
  render?: (row: T) => ReactNode;
  /** What the column sorts by when not `value` (a period label sorts by its start date). */
  sortValue?: (row: T) => number | string | undefined;
  numeric?: boolean;
}

/** The numbers behind a panel: its table view and its CSV are both drawn from this one value. */
export interface TableModel<T> {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Defaults to the panel title and the active filters. */
  caption?: string;
}

/** A column's data for a row; columns written before `value` existed fall back to `sortValue`. */
export function cellValue<T>(column: Column<T>, row: T): CellValue {
  return column.value ? column.value(row) : column.sortValue?.(row);
}

export function cellSortValue<T>(column: Column<T>, row: T): number | string | undefined {
  if (column.sortValue) return column.sortValue(row);
  const value = cellValue(column, row);
  return typeof value === 'object' ? value[0] : value;
}

/** The table as a header and rows of data cells, in the table's own row order. */
export function tableCells<T>(model: TableModel<T>): { header: string[]; rows: CellValue[][] } {
  return {
    header: model.columns.map((c) => c.header),
    rows: model.rows.map((row) => model.columns.map((c) => cellValue(c, row))),
  };
}
