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
