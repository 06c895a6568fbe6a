/** About the width of an average character of the UI font, in ems. */
export const CHAR_EM = 0.56;
const MAX_LINES = 2;

/** Breaks a label into at most two lines of about `chars` characters, ending in "…" if cut. */
export function tickLines(text: string, chars: number): string[] {
  if (text.length <= chars) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length <= MAX_LINES && lines.every((l) => l.length <= chars)) return lines;
  const kept = lines.slice(0, MAX_LINES);
  const last = kept[MAX_LINES - 1]!;
  kept[MAX_LINES - 1] = `${last.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
  return kept;
}
