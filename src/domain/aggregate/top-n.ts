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
 * The `k` items with the highest `scores` (ties: `tieBreak` negative puts the first ahead),
 * best first, without sorting them all: a chart draws fifteen bars out of a hundred thousand
 * groups. Most items fall below the k-th score and cost one comparison of numbers.
 */
export function bestOf(
  scores: ArrayLike<number>,
  k: number,
  tieBreak: (a: number, b: number) => number,
): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  const ahead = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && tieBreak(a, b) < 0);
  for (let item = 0; item < scores.length; item++) {
    if (best.length === k && (scores[item]! < scores[best[k - 1]!]! || !ahead(item, best[k - 1]!)))
      continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && ahead(item, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = item;
    if (best.length > k) best.length = k;
  }
  return best;
}
