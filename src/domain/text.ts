/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d.
 * "Hải Phòng", "hai phong" and "HAI PHONG" all become "hai phong".
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does `haystack` contain every word of `query`, ignoring case and diacritics? */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = foldDiacritics(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldDiacritics(haystack);
  return words.every((w) => folded.includes(w));
}

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = foldDiacritics(char);
    if (!/^[\p{L}\p{N}]+$/u.test(folded)) folded = ' ';
    foldedChars.set(char, folded);
  }
  return folded;
}

const codes: number[] = [];

/**
 * The words of `text`, folded as by `foldDiacritics`, with anything that is not a letter or
 * a digit as a separator: " pctt tkcn 2019 ". One space each side, so that `includes(" w ")`
 * finds whole words. Character by character into one buffer: search indexes fold every text
 * of a national dataset, and `normalize` per string, or `+=` per character (which leaves
 * a chain of fragments per string in memory), are several times slower.
 */
export function foldWords(text: string): string {
  codes.length = 0;
  codes.push(32);
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) codes.push(code);
    else if (code >= 65 && code <= 90) codes.push(code + 32);
    else {
      const folded = code < 128 ? ' ' : foldChar(text[i] as string);
      if (folded === ' ') {
        if (!afterSpace) codes.push(32);
        afterSpace = true;
        continue;
      }
      for (let j = 0; j < folded.length; j++) codes.push(folded.charCodeAt(j));
    }
    afterSpace = false;
  }
  if (!afterSpace) codes.push(32);
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) {
    out += String.fromCharCode(...codes.slice(i, i + 4096));
  }
  return out;
}

/**
 * Orders ids and ISO dates, which are ASCII, by character code: the same order as the
 * locale's collation for them, without its cost (a Vietnamese collator compares a
 * national selection's hundred thousand keys several times slower).
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
