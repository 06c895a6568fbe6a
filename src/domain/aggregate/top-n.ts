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

/**
 * The `k` best of `count` items by `compare` (negative: the first is better), best first,
 * without sorting them all: a chart draws fifteen bars out of a hundred thousand groups.
 */
export function bestOf(count: number, k: number, compare: (a: number, b: number) => number) {
  const best: number[] = [];
  for (let item = 0; item < count; item++) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = item;
    if (best.length > k) best.length = k;
  }
  return best;
}
