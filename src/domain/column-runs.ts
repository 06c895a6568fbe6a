/**
 * Run-length coding of a dictionary column: [code, count, code, count, …]. Neighbouring rows
 * of a national table mostly share their report, unit and period (a report's facts stand
 * together), so their codes shrink to a fraction: a quarter of the file, a quarter of its
 * parsing time.
 */

/** The runs of a list of codes. */
export function encodeRuns(codes: readonly number[]): number[] {
  const runs: number[] = [];
  for (let i = 0; i < codes.length;) {
    let end = i + 1;
    while (end < codes.length && codes[end] === codes[i]) end++;
    runs.push(codes[i]!, end - i);
    i = end;
  }
  return runs;
}

/** A list of runs that does not describe the table's rows: no row can be placed. */
export class RunsShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunsShapeError';
  }
}

/**
 * The code of each of `count` rows. A code that is not a whole number stays as given in
 * `invalid` (by row), for the decoder to name; the runs' counts must cover the rows exactly.
 */
export function expandRuns(
  runs: readonly unknown[],
  count: number,
): { codes: Uint32Array; invalid: Map<number, unknown> } {
  if (runs.length % 2 !== 0) throw new RunsShapeError('runs come in pairs: code, then count');
  const codes = new Uint32Array(count);
  const invalid = new Map<number, unknown>();
  let row = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const code = runs[r];
    const length = runs[r + 1];
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 1)
      throw new RunsShapeError(`run ${r / 2} has count ${String(length)}`);
    if (row + length > count)
      throw new RunsShapeError(`the runs cover more than the table's ${count} rows`);
    const whole = typeof code === 'number' && Number.isInteger(code) && code >= 0 && code < 2 ** 32;
    for (let end = row + length; row < end; row++) {
      if (whole) codes[row] = code;
      else invalid.set(row, code);
    }
  }
  if (row !== count) throw new RunsShapeError(`the runs cover ${row} rows; the table has ${count}`);
  return { codes, invalid };
}
