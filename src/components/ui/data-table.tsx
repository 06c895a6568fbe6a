import { useState, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  /** What the column sorts by; undefined sorts last. */
  sortValue: (row: T) => number | string | undefined;
  render: (row: T) => ReactNode;
  numeric?: boolean;
}

interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  sortLabel: (header: string) => string;
}

/** The numbers behind a chart as a plain, sortable table that screen readers can walk. */
export function DataTable<T>({ caption, columns, rows, rowKey, sortLabel }: DataTableProps<T>) {
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(null);
  const column = columns.find((c) => c.key === sort?.key);
  const sorted = column
    ? [...rows].sort((a, b) => {
        const x = column.sortValue(a);
        const y = column.sortValue(b);
        if (x === undefined) return 1;
        if (y === undefined) return -1;
        const order =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : String(x).localeCompare(String(y), 'vi');
        return sort?.descending ? -order : order;
      })
    : rows;
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
                    title={sortLabel(c.header)}
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
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">
                    {c.render(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                    {c.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
