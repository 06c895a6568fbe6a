/**
 * The checks across records of a dataset: one id per record, and links that resolve. They run
 * once per record of a national dataset (a million facts), so they read columns where the
 * file gives them: each dictionary entry is checked once, each row is a number to look up.
 */
import type { DecodedTable } from './columnar';

/**
 * The records of one collection that passed their own checks, before the checks across
 * collections: the k-th is record `index(k)` of the file.
 */
export interface Candidates<T> {
  count: number;
  index: (k: number) => number;
  id: (k: number) => string;
  /** Built on call for a column table: see `lazyList`. */
  record: (k: number) => T;
  /** For a column table: the file row of each (what `index` returns). */
  rows?: Uint32Array;
  /** For numbered ids: a number equal exactly when the ids are (see numbered-ids.ts). */
  key?: (k: number) => number;
}

export function listCandidates<T extends { id: string }>(
  located: readonly { record: T; index: number }[],
): Candidates<T> {
  return {
    count: located.length,
    index: (k) => located[k]!.index,
    id: (k) => located[k]!.record.id,
    record: (k) => located[k]!.record,
  };
}

export function tableCandidates<T>(decoded: DecodedTable): Candidates<T> {
  const { rows } = decoded;
  return {
    count: rows.length,
    index: (k) => rows[k]!,
    // Rows with a bad id do not pass the column checks.
    id: (k) => decoded.id(rows[k]!)!,
    record: (k) => decoded.record(rows[k]!) as T,
    rows,
    ...(decoded.idKey && { key: (k: number) => decoded.idKey!(rows[k]!) }),
  };
}

export interface Link<T> {
  field: string;
  target: (record: T) => string | null | undefined;
  known: Set<string>;
  /**
   * For a table in the column layout: the code of each file row's target in `entries` (a
   * dictionary, or the templates). Each entry is then checked once.
   */
  column?: { codes: Uint32Array; entries: readonly (string | null | undefined)[] };
}

/**
 * Whether a record's id is held by another record too. Sorting the ids finds repeated ones
 * several times faster than a Set of a million; numbered ids are compared as numbers, and
 * when those rise through the file, as they do when a tool wrote it, there is nothing to sort.
 */
function repeatedIds(candidates: Candidates<{ id: string }>): (k: number) => boolean {
  const { count, key } = candidates;
  if (key) {
    const keys = new Float64Array(count);
    let rising = true;
    for (let k = 0; k < count; k++) {
      keys[k] = key(k);
      if (k > 0 && keys[k]! <= keys[k - 1]!) rising = false;
    }
    if (rising) return () => false;
    keys.sort();
    const repeated = new Set<number>();
    for (let k = 1; k < count; k++) if (keys[k] === keys[k - 1]) repeated.add(keys[k]!);
    return repeated.size === 0 ? () => false : (k) => repeated.has(key(k));
  }
  const sortedIds = new Array<string>(count);
  for (let k = 0; k < count; k++) sortedIds[k] = candidates.id(k);
  sortedIds.sort();
  const repeated = new Set<string>();
  for (let k = 1; k < count; k++)
    if (sortedIds[k] === sortedIds[k - 1]) repeated.add(sortedIds[k]!);
  return repeated.size === 0 ? () => false : (k) => repeated.has(candidates.id(k));
}

/**
 * For each candidate, 1 + the first column link (in list order) its target breaks, or 0:
 * a pass per link over the rows' codes, each entry looked up once.
 */
function brokenColumnLinks<T>(candidates: Candidates<T>, links: readonly Link<T>[]): Uint8Array {
  const broken = new Uint8Array(candidates.count);
  links.forEach((link, l) => {
    if (!link.column) return;
    const { codes, entries } = link.column;
    const unknown = Uint8Array.from(entries, (target) =>
      target == null || link.known.has(target) ? 0 : 1,
    );
    const { rows } = candidates;
    for (let k = 0; k < candidates.count; k++) {
      const row = rows ? rows[k]! : candidates.index(k);
      if (broken[k] === 0 && unknown[codes[row]!] === 1) broken[k] = l + 1;
    }
  });
  return broken;
}

export interface Rejection {
  index: number;
  recordId: string;
  field: string;
  message: string;
}

/**
 * Drops duplicate ids (the first wins) and records whose references do not resolve, naming
 * the broken field; returns the candidates kept, by k. Links read from columns are checked
 * before those read from records; consecutive records mostly point at the same target,
 * checked once per run.
 */
export function keepConsistent<T extends { id: string }>(
  candidates: Candidates<T>,
  links: readonly Link<T>[],
  reject: (rejection: Rejection) => void,
): Uint32Array {
  const { count } = candidates;
  const isRepeated = repeatedIds(candidates);
  const broken = brokenColumnLinks(candidates, links);
  const seen = new Set<string>();
  const recordLinks = links.flatMap((link, l) => (link.column ? [] : [l]));
  const lastFound = links.map((): string | null | undefined => undefined);
  const kept = new Uint32Array(count);
  let keptCount = 0;
  for (let k = 0; k < count; k++) {
    const repeated = isRepeated(k);
    const before = seen.size;
    if (repeated) seen.add(candidates.id(k));
    let field: string | undefined;
    let message = '';
    if (repeated && seen.size === before) {
      field = 'id';
      message = 'duplicate id: the first record with this id was kept';
    } else if (broken[k] !== 0) {
      const link = links[broken[k]! - 1]!;
      const row = candidates.index(k);
      field = link.field;
      message = `refers to unknown id "${link.column!.entries[link.column!.codes[row]!]}"`;
    } else {
      for (const l of recordLinks) {
        const link = links[l]!;
        const target = link.target(candidates.record(k));
        if (target == null || target === lastFound[l]) continue;
        if (link.known.has(target)) {
          lastFound[l] = target;
          continue;
        }
        field = link.field;
        message = `refers to unknown id "${target}"`;
        break;
      }
    }
    if (field === undefined) kept[keptCount++] = k;
    else reject({ index: candidates.index(k), recordId: candidates.id(k), field, message });
  }
  return kept.subarray(0, keptCount);
}
