import { glossary, type GlossaryEntry } from './glossary-entries';
import { matchesQuery } from './text';

const byKey = new Map<string, GlossaryEntry>();
for (const entry of glossary) {
  byKey.set(entry.abbr, entry);
  for (const alias of entry.aliases ?? []) byKey.set(alias, entry);
}

export function glossaryEntry(abbr: string): GlossaryEntry | undefined {
  return byKey.get(abbr);
}

const dashes = /\s*[-–]\s*/g;

// Longest first, so "PCTT-TKCN" wins over "PCTT"; bounded by anything that is not a letter.
const pattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...byKey.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[-]/g, '\\s?[-–]\\s?'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

export type TextPiece = { text: string; entry?: GlossaryEntry };

/** Splits text into plain runs and known abbreviations, so a view can explain each one. */
export function splitAbbreviations(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    pieces.push({ text: match[0], entry: byKey.get(match[0].replace(dashes, '-')) });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** The glossary in Vietnamese alphabetical order. */
export const glossaryAlphabetical: readonly GlossaryEntry[] = [...glossary].sort((a, b) =>
  a.abbr.localeCompare(b.abbr, 'vi'),
);

/** Entries whose abbreviation, expansions or meaning hold every word of the query, diacritics ignored. */
export function filterGlossary(
  entries: readonly GlossaryEntry[],
  query: string,
): readonly GlossaryEntry[] {
  if (!query.trim()) return entries;
  return entries.filter((e) =>
    matchesQuery(
      [
        e.abbr,
        ...(e.aliases ?? []),
        e.expansion.vi,
        e.expansion.en,
        e.meaning?.vi ?? '',
        e.meaning?.en ?? '',
      ].join(' '),
      query,
    ),
  );
}
