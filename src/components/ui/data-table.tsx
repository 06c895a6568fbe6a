import { useState, type ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { cellSortValue, cellValue, type CellValue, type TableModel } from './table-model';

export type { Column } from './table-model';

interface DataTableProps<T> extends TableModel<T> {
  caption: string;
  /** Defaults to "Sort by {column}" in the current language. */
  sortLabel?: (header: string) => string;
}

/** The numbers behind a chart as a plain, sortable table that screen readers can walk. */
export function DataTable<T>({ caption, columns, rows, rowKey, sortLabel }: DataTableProps<T>) {
  const { t, lang } = useT();
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(null);
  const column = columns.find((c) => c.key === sort?.key);
  const sorted = column
    ? [...rows].sort((a, b) => {
        const x = cellSortValue(column, a);
        const y = cellSortValue(column, b);
        if (x === undefined) return 1;
        if (y === undefined) return -1;
        const order =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : String(x).localeCompare(String(y), 'vi');
        return sort?.descending ? -order : order;
      })
    : rows;
  const format = (value: CellValue): ReactNode =>
    value === undefined
      ? t('charts.notReportedShort')
      : typeof value === 'number'
        ? formatNumber(value, lang)
        : typeof value === 'string'
          ? value
          : value.length === 0
            ? t('charts.notReportedShort')
            : value.map((n) => formatNumber(n, lang)).join(' / ');
  const label = sortLabel ?? ((header: string) => t('charts.sortBy', { column: header }));
  return (
    <div className="data-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'numeric' : undefined}
                  aria-sort={active ? (sort?.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    title={label(c.header)}
                    onClick={() =>
                      setSort({
                        key: c.key,
                        descending: active ? !sort?.descending : c.numeric === true,
                      })
                    }
                  >
                    {c.header}
                    <span aria-hidden="true">
                      {active ? (sort?.descending ? ' ▼' : ' ▲') : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                const content = c.render ? c.render(row) : format(cellValue(c, row));
                return i === 0 ? (
                  <th key={c.key} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
