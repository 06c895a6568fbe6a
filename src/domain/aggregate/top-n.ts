/**
 * The `n` largest rows and, when there are more, one row that sums the rest, so a chart
 * reads the same with one unit or seven hundred.
 */
export function topN<T>(
  rows: readonly T[],
  n: number,
  valueOf: (row: T) => number,
  mergeRest: (rest: T[]) => T,
): { rows: T[]; othersCount: number } {
  const sorted = [...rows].sort((a, b) => valueOf(b) - valueOf(a));
  if (sorted.length <= n) return { rows: sorted, othersCount: 0 };
  const rest = sorted.slice(n - 1);
  return { rows: [...sorted.slice(0, n - 1), mergeRest(rest)], othersCount: rest.length };
}
