/**
 * Ids that are a prefix and a running number ("syn-r17-f3": "syn-r17-f", 3), coded as the
 * prefixes (run-length, see column-runs.ts) and the numbers. A national table's million ids
 * are a third of its file as strings; coded, a tenth of that, and they are checked, and
 * compared for repeats, as numbers. The id strings are put together only when read.
 */
import { encodeRuns, expandRuns } from './column-runs';

export interface NumberedIds {
  prefixes: string[];
  /** Runs of prefix codes: [code, count, …]. */
  prefixRuns: number[];
  numbers: number[];
}

const numbered = /^(.*?)(\d+)$/;
/** Empty, or the start of an id that does not end in a digit: the split is then the only one. */
const validPrefix = /^(?:[a-z0-9][a-z0-9-]*[a-z-]|[a-z])?$/;

/** The coding of a list of ids, or undefined when one of them is not prefix + number. */
export function encodeNumberedIds(ids: readonly unknown[]): NumberedIds | undefined {
  const prefixes: string[] = [];
  const known = new Map<string, number>();
  const codes: number[] = [];
  const numbers: number[] = [];
  for (const id of ids) {
    const match = typeof id === 'string' ? numbered.exec(id) : null;
    if (!match) return undefined;
    const [, prefix = '', digits = ''] = match;
    const number = Number(digits);
    // "f02" would come back as "f2": such ids stay as they are.
    if (String(number) !== digits || !Number.isSafeInteger(number)) return undefined;
    if (!validPrefix.test(prefix)) return undefined;
    let code = known.get(prefix);
    if (code === undefined) {
      code = prefixes.length;
      prefixes.push(prefix);
      known.set(prefix, code);
    }
    codes.push(code);
    numbers.push(number);
  }
  return { prefixes, prefixRuns: encodeRuns(codes), numbers };
}

export interface DecodedIds {
  /** The id of a row without a problem. */
  id: (row: number) => string;
  /**
   * A number that is the same for two rows exactly when their ids are: for finding repeats
   * without building the strings. Absent when the numbers are too large for it.
   */
  key?: (row: number) => number;
  /** The first problem of a row, by row. */
  problems: Map<number, string>;
}

const KEY_NUMBERS = 2 ** 32;

/** Decodes the coding; throws `RunsShapeError` when the prefix runs do not cover the rows. */
export function decodeNumberedIds(
  column: { prefixes: unknown[]; prefixRuns: unknown[]; numbers: unknown[] },
  count: number,
): DecodedIds {
  const { prefixes, numbers } = column;
  const { codes, invalid } = expandRuns(column.prefixRuns, count);
  const prefixOk = prefixes.map((p) => typeof p === 'string' && validPrefix.test(p));
  const problems = new Map<number, string>();
  let keyable = prefixes.length < 2 ** 21;
  for (let row = 0; row < count; row++) {
    const code = codes[row]!;
    const number = numbers[row];
    if (invalid.has(row) || code >= prefixes.length)
      problems.set(row, `prefix ${String(invalid.get(row) ?? code)} is not in the list`);
    else if (!prefixOk[code])
      problems.set(row, `prefix ${JSON.stringify(prefixes[code])} cannot start an id`);
    else if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0)
      problems.set(row, `number ${String(number)} is not a whole number ≥ 0`);
    else if (number >= KEY_NUMBERS) keyable = false;
  }
  return {
    id: (row) => `${prefixes[codes[row]!] as string}${numbers[row] as number}`,
    ...(keyable && { key: (row: number) => codes[row]! * KEY_NUMBERS + (numbers[row] as number) }),
    problems,
  };
}
